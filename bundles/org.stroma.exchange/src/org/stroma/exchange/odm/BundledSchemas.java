package org.stroma.exchange.odm;

import java.io.InputStream;
import java.io.Reader;
import java.net.URI;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Finds the schema documents one schema imports, includes or redefines among this bundle's
 * own, by their location relative to the importing document. Anything else, such as a schema on
 * the web, is refused rather than fetched.
 */
final class BundledSchemas implements LSResourceResolver {

    @Override
    public LSInput resolveResource(String type, String namespaceUri, String publicId, String systemId,
            String baseUri) {
        if (systemId == null) {
            throw new IllegalStateException("a schema imports " + namespaceUri + " without a location");
        }
        String resolved = baseUri == null ? systemId : URI.create(baseUri).resolve(systemId).toString();
        return new Input(resolved, publicId, OdmSchemas.open(resolved));
    }

    /** A schema document as the schema factory reads it: a byte stream with its own location. */
    private record Input(String systemId, String publicId, InputStream stream) implements LSInput {

        @Override
        public InputStream getByteStream() {
            return stream;
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public String getBaseURI() {
            return systemId;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setByteStream(InputStream byteStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setStringData(String stringData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setSystemId(String systemId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setPublicId(String publicId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setBaseURI(String baseUri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setEncoding(String encoding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
            throw new UnsupportedOperationException();
        }
    }
}
