package org.tollgate.screening.bench;

import org.tollgate.screening.normalize.NameNormalizer;
import org.tollgate.screening.variants.PhoneticKeys;

/** Prints the normalisation of each argument (a development aid). */
public final class Norm {
    public static void main(String[] args) {
        for (String a : args) {
            var n = NameNormalizer.standard().normalize(a);
            StringBuilder b = new StringBuilder();
            n.tokens()
                    .forEach(t -> b.append(t.text())
                            .append('/')
                            .append(t.kind().name().charAt(0))
                            .append(t.consonantal() ? "c" : "")
                            .append(t.middle() ? "m" : "")
                            .append('[')
                            .append(PhoneticKeys.skeleton(t.text()))
                            .append("] "));
            System.out.println(a + " -> " + b);
        }
    }
}
