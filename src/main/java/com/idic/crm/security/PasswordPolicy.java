package com.idic.crm.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be (ASVS 5.0 V6.2): 12 to 128 characters of any kind, counted as Unicode code
 * points so that 12 Chinese characters are 12, and not one of the most common passwords. No rules on
 * character classes, which only push people towards "Password123!".
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    public enum Problem { TOO_SHORT, TOO_LONG, TOO_COMMON }

    private static final Set<String> COMMON = load("/security/common-passwords.txt");

    private PasswordPolicy() {
    }

    public static Optional<Problem> check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        // case does not make a common password safer: "QWERTY123456" is guessed as soon as "qwerty123456"
        return COMMON.contains(password.toLowerCase(Locale.ROOT)) ? Optional.of(Problem.TOO_COMMON) : Optional.empty();
    }

    public static void require(String password) {
        check(password).ifPresent(problem -> {
            throw new WeakPasswordException(problem);
        });
    }

    static int commonPasswordCount() {
        return COMMON.size();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty() && !line.startsWith("# ")) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The password breaks the policy; nothing was saved. */
    public static class WeakPasswordException extends RuntimeException {

        private final Problem problem;

        public WeakPasswordException(Problem problem) {
            super("Password refused: " + problem);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
