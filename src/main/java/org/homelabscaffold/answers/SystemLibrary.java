package org.homelabscaffold.answers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * System libraries that native code may link, with the build-time and run-time packages of each
 * distribution. Debian names are those of Debian 13 (trixie); Alpine names those of Alpine 3.22.
 */
public enum SystemLibrary {
    LIBPQ("libpq", "PostgreSQL client (psycopg2, lib/pq with cgo)",
            List.of("libpq-dev"), List.of("libpq5"), List.of("libpq-dev"), List.of("libpq")),
    LIBFFI("libffi", "foreign function calls (cffi, cryptography built from source)",
            List.of("libffi-dev"), List.of("libffi8"), List.of("libffi-dev"), List.of("libffi")),
    LIBXML2("libxml2", "XML and XSLT (lxml)",
            List.of("libxml2-dev", "libxslt1-dev"), List.of("libxml2", "libxslt1.1"),
            List.of("libxml2-dev", "libxslt-dev"), List.of("libxml2", "libxslt")),
    LIBJPEG("libjpeg", "JPEG and zlib (pillow)",
            List.of("libjpeg-dev", "zlib1g-dev"), List.of("libjpeg62-turbo", "zlib1g"),
            List.of("libjpeg-turbo-dev", "zlib-dev"), List.of("libjpeg-turbo", "zlib")),
    LIBSSL("libssl", "OpenSSL",
            List.of("libssl-dev"), List.of("libssl3t64"), List.of("openssl-dev"), List.of("libssl3")),
    LIBMARIADB("libmariadb", "MariaDB and MySQL client (mysqlclient)",
            List.of("libmariadb-dev"), List.of("libmariadb3"),
            List.of("mariadb-connector-c-dev"), List.of("mariadb-connector-c")),
    LIBSQLITE3("libsqlite3", "SQLite, when not bundled",
            List.of("libsqlite3-dev"), List.of("libsqlite3-0"), List.of("sqlite-dev"), List.of("sqlite-libs")),
    LIBYAML("libyaml", "YAML parser (PyYAML's C loader)",
            List.of("libyaml-dev"), List.of("libyaml-0-2"), List.of("yaml-dev"), List.of("yaml"));

    private final String key;
    private final String purpose;
    private final List<String> debianBuild;
    private final List<String> debianRuntime;
    private final List<String> alpineBuild;
    private final List<String> alpineRuntime;

    SystemLibrary(String key, String purpose, List<String> debianBuild, List<String> debianRuntime,
            List<String> alpineBuild, List<String> alpineRuntime) {
        this.key = key;
        this.purpose = purpose;
        this.debianBuild = debianBuild;
        this.debianRuntime = debianRuntime;
        this.alpineBuild = alpineBuild;
        this.alpineRuntime = alpineRuntime;
    }

    public String key() {
        return key;
    }

    public String purpose() {
        return purpose;
    }

    public List<String> buildPackages(boolean alpine) {
        return alpine ? alpineBuild : debianBuild;
    }

    public List<String> runtimePackages(boolean alpine) {
        return alpine ? alpineRuntime : debianRuntime;
    }

    public static Optional<SystemLibrary> byKey(String key) {
        return Arrays.stream(values()).filter(library -> library.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(SystemLibrary::key).toList();
    }
}
