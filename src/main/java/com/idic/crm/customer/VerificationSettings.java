package com.idic.crm.customer;

import java.time.Clock;
import java.time.LocalDate;

import com.idic.crm.customer.domain.CustomerSetting;
import com.idic.crm.customer.domain.CustomerSettingRepository;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * How long a verified customer record stays current. The default comes from
 * {@code crm.verification.stale-after-days}; a manager's change is stored in app_setting
 * and wins over the default.
 */
@Service
@Validated
public class VerificationSettings {

    static final String SETTING_NAME = "verification.stale-after-days";

    private final CustomerSettingRepository settings;
    private final Clock clock;
    private final int defaultDays;

    VerificationSettings(CustomerSettingRepository settings, Clock clock,
                         @Value("${crm.verification.stale-after-days:365}") int defaultDays) {
        this.settings = settings;
        this.clock = clock;
        this.defaultDays = defaultDays;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    public int staleAfterDays() {
        return settings.findById(SETTING_NAME).map(setting -> Integer.parseInt(setting.getValue())).orElse(defaultDays);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    public VerificationRule currentRule() {
        return new VerificationRule(LocalDate.now(clock), staleAfterDays());
    }

    @Transactional
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public void changeStaleAfterDays(@Min(VerificationRule.MIN_DAYS) @Max(VerificationRule.MAX_DAYS) int days) {
        settings.findById(SETTING_NAME).ifPresentOrElse(
                setting -> setting.setValue(Integer.toString(days)),
                () -> settings.save(new CustomerSetting(SETTING_NAME, Integer.toString(days))));
    }
}
