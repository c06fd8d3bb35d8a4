package com.idic.crm.security;

import java.util.Optional;

import com.idic.crm.security.PasswordPolicy.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void twelveToOneHundredTwentyEightCharactersOfAnyKind() {
        assertThat(PasswordPolicy.check("elevenchars")).contains(Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check(null)).contains(Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check("twelve chars")).isEmpty();
        assertThat(PasswordPolicy.check("z".repeat(128))).isEmpty();
        assertThat(PasswordPolicy.check("z".repeat(129))).contains(Problem.TOO_LONG);
        // characters, not bytes or UTF-16 units: 12 Chinese characters and 12 emoji are 12
        assertThat(PasswordPolicy.check("我的密码是一个很长的句子")).isEmpty();
        assertThat(PasswordPolicy.check("我的密码是一个很长的句")).contains(Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check("\uD83D\uDE00".repeat(12))).isEmpty();
        assertThat(PasswordPolicy.check("\uD83D\uDE00".repeat(11))).contains(Problem.TOO_SHORT);
    }

    @Test
    void theMostCommonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(PasswordPolicy.commonPasswordCount()).isEqualTo(10_000);
        assertThat(PasswordPolicy.check("123qweasdzxc")).contains(Problem.TOO_COMMON);
        assertThat(PasswordPolicy.check("1qaz2wsx3edc")).contains(Problem.TOO_COMMON);
        assertThat(PasswordPolicy.check("QWERTY123456")).contains(Problem.TOO_COMMON);
        assertThat(PasswordPolicy.check("correct horse battery staple")).isEqualTo(Optional.empty());
    }
}
