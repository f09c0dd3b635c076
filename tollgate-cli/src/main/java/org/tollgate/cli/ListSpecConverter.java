package org.tollgate.cli;

import org.tollgate.lists.ListSpec;
import picocli.CommandLine;

/** Lets picocli read {@code FORMAT=PATH} options, with the accepted formats in the error message. */
public final class ListSpecConverter implements CommandLine.ITypeConverter<ListSpec> {
    @Override
    public ListSpec convert(String value) {
        try {
            return ListSpec.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
