package org.stroma.demo;

import java.math.BigDecimal;
import java.util.Map;

import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;

/**
 * How an item value is written into the model's text field and read back: numbers plainly
 * (2, not 2.0; 61.5), yes/no as true/false, choices as they are. Reading is typed by the
 * instrument's item definition, so "3" is a number for mRSS and a choice nowhere.
 */
final class ItemText {

    private ItemText() {
    }

    static String format(Object value) {
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    static ItemValues parse(Instrument instrument, Map<String, String> texts) {
        ItemValues.Builder values = ItemValues.builder();
        texts.forEach((code, text) -> {
            ItemDefinition item = instrument.item(code)
                    .orElseThrow(() -> new IllegalArgumentException(code + " is not an item of " + instrument.id()));
            switch (item.type()) {
                case INTEGER, DECIMAL -> values.put(code, Double.parseDouble(text));
                case BOOLEAN -> values.put(code, Boolean.parseBoolean(text));
                case CHOICE -> values.put(code, text);
            }
        });
        return values.build();
    }
}
