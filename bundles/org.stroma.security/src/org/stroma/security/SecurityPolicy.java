package org.stroma.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules for passwords, lockout and idle sessions.
 *
 * @param minimumPasswordLength shortest password accepted
 * @param maximumFailedLogins   failed sign-ins in a row that lock the account
 * @param lockout               how long a locked account stays locked (an administrator can unlock
 *                              it sooner)
 * @param idleTimeout           inactivity after which the workbench asks for the password again
 * @since 0.1
 */
public record SecurityPolicy(int minimumPasswordLength, int maximumFailedLogins, Duration lockout,
        Duration idleTimeout) {

    /** The rules the product runs under. */
    public static final SecurityPolicy STANDARD = new SecurityPolicy(10, 5, Duration.ofMinutes(15),
            Duration.ofMinutes(15));

    /**
     * What is wrong with {@code password} for {@code userName}, empty when it is acceptable: long
     * enough, with a letter and a digit, not containing the user name.
     */
    public List<String> passwordProblems(String userName, char[] password) {
        List<String> problems = new ArrayList<>();
        String text = new String(password);
        if (password.length < minimumPasswordLength) {
            problems.add("it must have at least " + minimumPasswordLength + " characters");
        }
        if (text.chars().noneMatch(Character::isLetter) || text.chars().noneMatch(Character::isDigit)) {
            problems.add("it must contain both letters and digits");
        }
        if (!userName.isBlank() && text.toLowerCase(Locale.ROOT).contains(userName.toLowerCase(Locale.ROOT))) {
            problems.add("it must not contain the user name");
        }
        if (!text.equals(text.strip())) {
            problems.add("it must not begin or end with spaces");
        }
        return problems;
    }
}
