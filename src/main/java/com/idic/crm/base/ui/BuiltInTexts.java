package com.idic.crm.base.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The texts Vaadin's components bring themselves (login form, upload, date picker calendar) in the
 * user's language; without these they stay English in a Chinese session. Month and weekday names come
 * from the JDK's locale data, the rest from base.properties.
 */
public final class BuiltInTexts {

    private BuiltInTexts() {
    }

    /** The login form without the "Forgot password" button: there is no e-mail to send a reset link to. */
    public static LoginI18n loginForm(Component owner) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(owner.getTranslation("login.title"));
        i18n.getForm().setUsername(owner.getTranslation("login.username"));
        i18n.getForm().setPassword(owner.getTranslation("login.password"));
        i18n.getForm().setSubmit(owner.getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(owner.getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(owner.getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(owner.getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(owner.getTranslation("login.error.password"));
        return i18n;
    }

    public static UploadI18N upload(Component owner) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(owner.getTranslation("upload.dropFiles.one"))
                        .setMany(owner.getTranslation("upload.dropFiles.many")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(owner.getTranslation("upload.addFiles.one"))
                        .setMany(owner.getTranslation("upload.addFiles.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(owner.getTranslation("upload.error.tooManyFiles"))
                        .setFileIsTooBig(owner.getTranslation("upload.error.fileIsTooBig"))
                        .setIncorrectFileType(owner.getTranslation("upload.error.incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(owner.getTranslation("upload.status.connecting"))
                                .setStalled(owner.getTranslation("upload.status.stalled"))
                                .setProcessing(owner.getTranslation("upload.status.processing"))
                                .setHeld(owner.getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(owner.getTranslation("upload.remainingTime.prefix"))
                                .setUnknown(owner.getTranslation("upload.remainingTime.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(owner.getTranslation("upload.uploadError.serverUnavailable"))
                                .setUnexpectedServerError(owner.getTranslation("upload.uploadError.unexpectedServerError"))
                                .setForbidden(owner.getTranslation("upload.uploadError.forbidden"))))
                .setFile(new UploadI18N.File()
                        .setRetry(owner.getTranslation("upload.file.retry"))
                        .setStart(owner.getTranslation("upload.file.start"))
                        .setRemove(owner.getTranslation("upload.file.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }

    /** Calendar names of the user's locale, its first day of the week, and the buttons and input error. */
    public static DatePickerI18n datePicker(Component owner) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(owner.getTranslation("datePicker.today"))
                .setCancel(owner.getTranslation("datePicker.cancel"))
                .setBadInputErrorMessage(owner.getTranslation("datePicker.badInput"));
    }
}
