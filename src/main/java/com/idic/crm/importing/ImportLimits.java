package com.idic.crm.importing;

import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** How big an import file may be, from {@code crm.import.*}; the view states both limits. */
@Component
@PermitAll // plain configuration values, also shown on the import page; nothing to protect
public class ImportLimits {

    /** Shown to users and counted in this application; the problem list beyond it is only counted. */
    public static final int MAX_PROBLEMS_SHOWN = 1000;

    private final DataSize maxFileSize;
    private final long maxRows;
    private final long maxXlsxText;

    ImportLimits(@Value("${crm.import.max-file-size:100MB}") DataSize maxFileSize,
                 @Value("${crm.import.max-rows:2000000}") long maxRows,
                 @Value("${crm.import.max-xlsx-text:50000000}") long maxXlsxText) {
        this.maxFileSize = maxFileSize;
        this.maxRows = maxRows;
        this.maxXlsxText = maxXlsxText;
    }

    /**
     * Characters of text an .xlsx file's shared-strings table may hold; that table has to stay in
     * memory while the sheet is read, so it is capped (at most about twice this many bytes of heap).
     */
    public long maxXlsxText() {
        return maxXlsxText;
    }

    public DataSize maxFileSize() {
        return maxFileSize;
    }

    public long maxFileSizeMegabytes() {
        return maxFileSize.toMegabytes();
    }

    /** Data rows, the header not counted. */
    public long maxRows() {
        return maxRows;
    }
}
