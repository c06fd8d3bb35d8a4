package com.idic.crm.importing;

/**
 * Choices the user makes for one import. A column the file does not have never changes a stored
 * value; an empty cell of a column it has leaves the stored value as it is, unless
 * {@code emptyCellsClear} (then it clears it, except where a value is mandatory).
 */
public record ImportOptions(boolean emptyCellsClear) {

    public static final ImportOptions KEEP_STORED_VALUES = new ImportOptions(false);
}
