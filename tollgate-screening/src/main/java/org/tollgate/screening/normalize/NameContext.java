package org.tollgate.screening.normalize;

import java.util.ArrayList;
import java.util.List;
import org.tollgate.lists.model.EntityType;

/** What the stages know about the name being normalised as a whole, and what they report back. */
public final class NameContext {
    private final EntityType type;
    private final boolean commaForm;
    private final List<String> removed = new ArrayList<>();

    NameContext(EntityType type, boolean commaForm) {
        this.type = type;
        this.commaForm = commaForm;
    }

    /** The type of the party the name belongs to; {@link EntityType#OTHER} when unknown. */
    public EntityType type() {
        return type;
    }

    /** Whether the name is written {@code LAST, First Middle}. */
    public boolean commaForm() {
        return commaForm;
    }

    /** Records a word a stage dropped. */
    public void removed(String word) {
        removed.add(word);
    }

    List<String> removedWords() {
        return removed;
    }
}
