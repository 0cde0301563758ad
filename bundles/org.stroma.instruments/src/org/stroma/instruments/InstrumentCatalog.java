package org.stroma.instruments;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.InstrumentRegistry;

/**
 * The instrument registry: every {@link Instrument} service, built-in or from a plugin,
 * as it comes and goes. When several versions of one id are present, the newest answers.
 */
@Component(service = InstrumentRegistry.class)
public class InstrumentCatalog implements InstrumentRegistry {

    private static final Comparator<Instrument> BY_ID_THEN_VERSION =
            Comparator.comparing(Instrument::id).thenComparingInt(Instrument::version);

    private final List<Instrument> instruments = new CopyOnWriteArrayList<>();

    public InstrumentCatalog() {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeInstrument")
    public void addInstrument(Instrument instrument) {
        instruments.add(instrument);
    }

    public void removeInstrument(Instrument instrument) {
        instruments.remove(instrument);
    }

    @Override
    public List<Instrument> instruments() {
        return instruments.stream().sorted(BY_ID_THEN_VERSION).toList();
    }

    @Override
    public Optional<Instrument> instrument(String id) {
        return instruments.stream().filter(instrument -> instrument.id().equals(id)).max(BY_ID_THEN_VERSION);
    }
}
