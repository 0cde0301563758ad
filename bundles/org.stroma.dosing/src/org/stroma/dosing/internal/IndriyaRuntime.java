package org.stroma.dosing.internal;

import tech.units.indriya.function.Calculus;

/**
 * Makes Indriya's arithmetic usable inside OSGi.
 *
 * <p>Indriya finds its number system with {@code java.util.ServiceLoader} through the thread
 * context class loader, on first use (already while {@code Units} is initialised). Inside
 * Equinox that loader usually cannot see Indriya's {@code META-INF/services}, the lookup fails and
 * {@code Units} is then unusable for the life of the framework. Resolving the number system once
 * with Indriya's own class loader as context loader avoids that; Indriya caches the result.
 * Every class of this bundle that holds Indriya units or does arithmetic calls
 * {@link #prepare()} before touching {@code Units}.
 */
public final class IndriyaRuntime {

    private IndriyaRuntime() {
    }

    /** Resolves Indriya's number system with Indriya's own class loader; cheap once resolved. */
    public static void prepare() {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(Calculus.class.getClassLoader());
        try {
            Calculus.currentNumberSystem();
        } finally {
            thread.setContextClassLoader(saved);
        }
    }
}
