package se.ebba.identity.login;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules for a local password set through Ebba (by an administrator creating a user, or by the
 * user on "Mitt konto"): at least 12 characters, at most 72 bytes in UTF-8 (what bcrypt reads),
 * not the user name, not too simple, and not in the list of common passwords shipped in
 * {@code security/common-passwords.txt} (see its header for where it comes from).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    private static final String LIST = "security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** The Swedish reason why the password may not be used, or empty when it may. */
    public Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Lösenordet ska ha minst " + MIN_LENGTH + " tecken.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Lösenordet får vara högst " + MAX_BYTES + " byte långt (ungefär 70 tecken, färre med å, ä och ö).");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && lower.contains(name)) {
            return Optional.of("Lösenordet får inte innehålla användarnamnet.");
        }
        if (common.contains(lower) || common.contains(lower.replaceAll("[^\\p{L}\\p{N}]+$", ""))) {
            return Optional.of("Lösenordet är för vanligt och finns i listor som används vid intrång. Välj ett annat.");
        }
        if (lower.codePoints().distinct().count() < 5) {
            return Optional.of("Lösenordet är för enkelt: använd fler olika tecken, till exempel några ord i följd.");
        }
        return Optional.empty();
    }

    int size() {
        return common.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + LIST);
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            Set<String> set = new HashSet<>();
            for (String line : lines) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    set.add(entry.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
