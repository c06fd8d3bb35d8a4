package com.idic.crm.importing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** How big an import file may be, from {@code crm.import.*}; the view states both limits. */
@Component
public class ImportLimits {

    /** Shown to users and counted in this application; the problem list beyond it is only counted. */
    public static final int MAX_PROBLEMS_SHOWN = 1000;

    private final DataSize maxFileSize;
    private final long maxRows;

    ImportLimits(@Value("${crm.import.max-file-size:100MB}") DataSize maxFileSize,
                 @Value("${crm.import.max-rows:2000000}") long maxRows) {
        this.maxFileSize = maxFileSize;
        this.maxRows = maxRows;
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
