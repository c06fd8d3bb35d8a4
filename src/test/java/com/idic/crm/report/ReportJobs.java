package com.idic.crm.report;

import java.util.Locale;

import com.idic.crm.base.CrmI18NProvider;

/** Jobs for view tests: a workbook that keeps writing (reporting progress) until it is cancelled. */
public final class ReportJobs {

    private ReportJobs() {
    }

    public static ReportJob endless(ReportService reports, CrmI18NProvider i18n, String title) {
        return reports.submit(title, "", "endless.xlsx", new ReportLabels(i18n, Locale.ENGLISH), (progress, out) -> {
            for (int step = 0; step < 6_000; step++) {
                progress.advanced(step / 10_000.0);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }
}
