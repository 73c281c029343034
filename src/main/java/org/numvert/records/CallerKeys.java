package org.numvert.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.numvert.routing.CallerNumber;
import org.numvert.store.CallerColumns;

/**
 * Pseudonyms of caller numbers: HMAC-SHA-256 of the normalised number under a secret key, so
 * that the same number always gives the same key (previous calls of a caller, requests of a
 * caller about their data) while the number cannot be found back from it without the secret
 * (a plain hash of a phone number is reversed by trying the few hundred million numbers).
 *
 * <p>The secret is generated once (256 random bits) into a file readable by its owner only; it
 * is never logged. Losing it only stops old pseudonyms from matching new calls. Thread-safe.
 */
public final class CallerKeys {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_HEX_LENGTH = 32;

    private final SecretKeySpec secret;

    private CallerKeys(byte[] secret) {
        this.secret = new SecretKeySpec(secret, ALGORITHM);
    }

    /** Keys under {@code secret} (tests). */
    public static CallerKeys of(byte[] secret) {
        return new CallerKeys(secret.clone());
    }

    /** Keys under the secret kept in {@code file}, created (owner-only) at the first start. */
    public static CallerKeys load(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return new CallerKeys(Base64.getDecoder().decode(Files.readString(file).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("caller key file " + file + " cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("caller key file " + file + " is not base64", e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(random) + "\n");
    }

    /** The caller's key, or null for a withheld number. */
    public String keyOf(CallerNumber number) {
        String normalised = normalise(number.digits());
        if (normalised.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            byte[] digest = mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, KEY_HEX_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The caller columns of a new record: number and key, or nothing for a withheld number. */
    public CallerColumns columns(CallerNumber number) {
        String key = keyOf(number);
        return key == null ? CallerColumns.withheld()
                : CallerColumns.clear(normalise(number.digits()), key);
    }

    /**
     * The number as stored and keyed: digits only, with the French forms made one
     * ({@code +33 6 12 34 56 78}, {@code 0033612345678} and {@code 06.12.34.56.78} are
     * {@code 0612345678}); other international numbers keep their {@code +}.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String compact = raw.strip();
        boolean plus = compact.startsWith("+");
        String digits = compact.replaceAll("[^0-9]", "");
        if (plus) {
            digits = "00" + digits;
        }
        if (digits.startsWith("0033") && digits.length() > 4) {
            return "0" + digits.substring(4);
        }
        return digits.startsWith("00") ? "+" + digits.substring(2) : digits;
    }
}
