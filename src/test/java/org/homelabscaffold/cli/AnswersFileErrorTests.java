package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.homelabscaffold.testing.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of bad answers file gets its exact one-line message, exit status 2, and no file written.
 * In the table, {@code ;;} separates the lines of the answers file and {@code \\t} is a tab.
 */
class AnswersFileErrorTests {

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong type           | name: ok;;language: go;;port: eighty                  | error: answers.yaml:3: port: invalid value 'eighty': expected a whole number
            unknown key          | name: ok;;language: go;;bogus: 1                      | error: answers.yaml:3: bogus: unknown key; allowed keys: schema, name, language, version, packageManager, lockfile, buildScript, nativeCode, systemLibraries, base, role, entrypoint, port, healthcheck, healthPath, migration.database, migration.command, runtimeFiles, platforms, image, dependencyFiles, services
            misspelt key         | name: ok;;language: go;;bse: alpine                   | error: answers.yaml:3: bse: unknown key; did you mean 'base'?
            typo in a value      | name: ok;;language: go;;base: scrach                  | error: answers.yaml:3: base: invalid value 'scrach': expected one of scratch, distroless, alpine, slim; did you mean 'scratch'?
            longer language name | name: ok;;language: golang                            | error: answers.yaml:2: language: invalid value 'golang': expected one of go, python, node; did you mean 'go'?
            list expected        | name: ok;;language: go;;platforms: linux/amd64       | error: answers.yaml:3: platforms: invalid value 'linux/amd64': expected a list of strings; write it as [a, b] or as lines starting with '- '
            unknown platform     | name: ok;;language: go;;platforms: [linux/amd46]     | error: answers.yaml:3: platforms: invalid list item 'linux/amd46': expected one of linux/amd64, linux/arm64, linux/arm/v7, linux/arm/v6, linux/386, linux/ppc64le, linux/riscv64, linux/s390x; did you mean 'linux/amd64'?
            port out of range    | name: ok;;language: go;;port: 70000                   | error: answers.yaml:3: port: invalid value '70000': expected a port from 1 to 65535; give the port the service listens on, such as 8080, or none for a service without a port
            python on scratch    | name: ok;;language: python;;base: scratch             | error: answers.yaml:3: base: 'scratch' cannot work: Python needs an interpreter and scratch has none; use slim, or distroless for a smaller image
            cgo on scratch       | name: ok;;language: go;;nativeCode: true;;base: scratch | error: answers.yaml:4: base: 'scratch' cannot work: cgo links the binary against libc and scratch has no libc; use distroless or alpine, or set nativeCode: false if the code builds without cgo
            distroless with libs | name: ok;;language: python;;nativeCode: true;;systemLibraries: [libpq];;base: distroless | error: answers.yaml:5: base: 'distroless' cannot work: distroless has no package manager to add the runtime packages of libpq; use slim
            migration without db | name: ok;;language: go;;migration:;;  command: [x]   | error: answers.yaml: migration.database: missing: a migration needs the database it runs against; set migration.database to postgres or mariadb
            sidecar without db   | name: ok;;language: go;;role: migration-sidecar      | error: answers.yaml: migration.database: a migration sidecar needs the database it migrates; set migration.database to postgres or mariadb
            wrong manager        | name: ok;;language: go;;packageManager: yarn         | error: answers.yaml:3: packageManager: 'yarn' is a Node.js package manager, not a Go one; use go
            name taken by db     | name: db;;language: go;;migration:;;  database: postgres | error: answers.yaml:1: name: 'db' is taken: compose.yaml names the database service 'db' and the migration service 'migrate'; choose another name
            name with newline    | name: "evil\\nRUN id";;language: go                 | error: answers.yaml:1: name: invalid value 'evil\\nRUN id': expected 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit; for example 'evil-run-id'
            name with quotes     | name: 'a"b';;language: go                          | error: answers.yaml:1: name: invalid value 'a"b': expected 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit; for example 'a-b'
            name with braces     | name: "{{x}}";;language: go                        | error: answers.yaml:1: name: invalid value '{{x}}': expected 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit; for example 'x'
            image with command   | name: ok;;language: go;;image: "x$(reboot)"          | error: answers.yaml:3: image: invalid value 'x$(reboot)': expected an image repository such as registry.home.arpa:5000/photos (lowercase path, no tag, no spaces or quotes)
            image with newline   | name: ok;;language: go;;image: "a\\nb"               | error: answers.yaml:3: image: invalid value 'a\\nb': expected an image repository such as registry.home.arpa:5000/photos (lowercase path, no tag, no spaces or quotes)
            entrypoint escapes   | name: ok;;language: go;;entrypoint: ../etc           | error: answers.yaml:3: entrypoint: invalid value '../etc': expected a relative path inside the project (letters, digits, '.', '_', '-', '/') or a Python module name, without '..'; for example ./cmd/server for Go, app.py or myapp for Python, dist/index.js for Node.js
            runtime file escapes | name: ok;;language: go;;runtimeFiles: [../secret]     | error: answers.yaml:3: runtimeFiles: invalid list item '../secret': expected a relative path inside the project (letters, digits, '.', '_', '-', '/'; no '..', no leading '/')
            health path quote    | name: ok;;language: node;;healthPath: "/x'y"          | error: answers.yaml:3: healthPath: invalid value '/x'y': expected a URL path starting with '/' (letters, digits, '.', '_', '~', '-', '/'); for example '/healthz'
            newline in command   | name: ok;;language: go;;migration:;;  database: postgres;;  command: ["a\\nb"] | error: answers.yaml:5: migration.command: invalid value '[a\\nb]': argument 1 contains a control character such as a newline or tab
            invalid YAML         | name: ok;;language: go;;  bad: [                   | error: answers.yaml:3: is not valid YAML: mapping values are not allowed here; check the indentation and quoting on that line
            not a mapping        | - a;;- b                                          | error: answers.yaml:1: expected a mapping of keys to answers, found a list; start with lines such as 'language: go'
            repeated key         | name: ok;;name: ko;;language: go                  | error: answers.yaml:2: 'name' is given twice (first on line 1); keep one of them
            newer schema         | schema: 9;;name: ok;;language: go                 | error: answers.yaml:1: schema: schema 9 is newer than this homelab-scaffold understands (1); upgrade homelab-scaffold
            missing language     | name: ok                                           | error: answers.yaml: language: missing; expected one of go, python, node; add 'language: go', 'python' or 'node'
            repeated service     | name: ok;;language: go;;services:;;  - name: api;;    entrypoint: ./cmd/api;;  - name: api;;    entrypoint: ./cmd/x | error: answers.yaml:6: services.api: the name 'api' is used twice; give each service its own name
            reserved service     | name: ok;;language: go;;services:;;  - name: api;;    entrypoint: .;;  - name: runtime;;    entrypoint: . | error: answers.yaml:6: services.runtime.name: 'runtime' is taken by a stage or service the generated files use; choose another name than base, build, deps, runtime, runtime-base, migrate, db, scratch, context, none or build-NAME
            BuildKit stage name  | name: ok;;language: go;;services:;;  - name: api;;    entrypoint: .;;  - name: scratch;;    entrypoint: ./x | error: answers.yaml:6: services.scratch.name: 'scratch' is taken by a stage or service the generated files use; choose another name than base, build, deps, runtime, runtime-base, migrate, db, scratch, context, none or build-NAME
            compile stage name   | name: ok;;language: go;;services:;;  - name: api;;    entrypoint: .;;  - name: build-api;;    entrypoint: ./x | error: answers.yaml:6: services.build-api.name: 'build-api' is taken by a stage or service the generated files use; choose another name than base, build, deps, runtime, runtime-base, migrate, db, scratch, context, none or build-NAME
            service named none   | name: ok;;language: go;;services:;;  - name: api;;    entrypoint: .;;  - name: none;;    entrypoint: ./x | error: answers.yaml:6: services.none.name: 'none' is taken by a stage or service the generated files use; choose another name than base, build, deps, runtime, runtime-base, migrate, db, scratch, context, none or build-NAME
            node service no entry | name: ok;;language: node;;services:;;  - name: api;;  - name: w;;    entrypoint: w.js | error: answers.yaml:4: services.api: missing entrypoint; add 'entrypoint: api.js'
            Go entrypoint no ./  | name: ok;;language: go;;entrypoint: cmd/api            | error: answers.yaml:3: entrypoint: invalid value 'cmd/api': a Go entrypoint is the main package's folder relative to go.mod, starting with './'; write './cmd/api'
            Python folder entry  | name: ok;;language: python;;entrypoint: ./cmd/api   | error: answers.yaml:3: entrypoint: invalid value './cmd/api': a Python entrypoint is a script ending in .py or a module name; for a package folder write its module name, such as 'cmd.api'
            service Go entry     | name: ok;;language: go;;services:;;  - name: api;;    entrypoint: cmd/api;;  - name: w;;    entrypoint: ./cmd/w | error: answers.yaml:5: services.api.entrypoint: invalid value 'cmd/api': a Go entrypoint is the main package's folder relative to go.mod, starting with './'; write './cmd/api'
            service http no port | name: ok;;language: go;;base: alpine;;services:;;  - name: api;;    entrypoint: ./cmd/api;;    port: 80;;  - name: w;;    entrypoint: ./cmd/w;;    healthcheck: http | error: answers.yaml:10: services.w.healthcheck: 'http' needs a port; set services.w.port, or use 'none'
            service digit first  | name: ok;;language: go;;services:;;  - name: api;;    entrypoint: .;;  - name: 2fa;;    entrypoint: ./x | error: answers.yaml:6: services.2fa.name: invalid value '2fa': a service name is also a Dockerfile stage name, which must start with a letter; for example 'svc-2fa'
            service entrypoint   | name: ok;;language: go;;services:;;  - name: api;;  - name: web;;    entrypoint: . | error: answers.yaml:4: services.api: missing entrypoint; add 'entrypoint: ./cmd/api'
            service unknown key  | name: ok;;language: go;;services:;;  - name: api;;    entrypoint: .;;    prot: 80;;  - name: web;;    entrypoint: . | error: answers.yaml:6: services.api.prot: unknown key; allowed keys: name, entrypoint, port, healthcheck, healthPath
            services not a list  | name: ok;;language: go;;services: api | error: answers.yaml:3: services: invalid value 'api': expected a list of services; write lines such as '  - name: api' under 'services:'
            sidecar services     | name: ok;;language: go;;role: migration-sidecar;;migration:;;  database: postgres;;services:;;  - name: api;;    entrypoint: .;;  - name: web;;    entrypoint: . | error: answers.yaml:6: services: a migration sidecar is a single service; remove 'services', or set role: app
            service health       | name: ok;;language: go;;services:;;  - name: api;;    entrypoint: .;;    healthcheck: http;;    port: 80;;  - name: web;;    entrypoint: . | error: answers.yaml:6: services.api.healthcheck: 'http' needs an HTTP client in the image and Go on scratch has none; use 'subcommand' if the binary has a health subcommand, or 'none', or base: alpine
            empty services       | name: ok;;language: go;;services: []                | error: answers.yaml:3: services: expected at least one service; remove 'services:' for a single service, or list two or more services
            one other service    | name: ok;;language: go;;services:;;  - name: api;;    entrypoint: ./cmd/api | error: answers.yaml:3: services: one service takes the service name 'ok'; for one service, remove 'services:' or name its entry 'ok'; for several, list two or more services
            YAML alias           | name: &n svc;;language: go;;image: *n                | error: answers.yaml:3: uses a YAML anchor or alias (&name, *name), which answers files do not support; write the value out in full
            YAML tag             | name: ok;;language: !!python/object:os.system go   | error: answers.yaml:2: uses a YAML tag ('tag:yaml.org,2002:python/object:os.system'), which answers files do not support; remove the tag
            second document      | name: ok;;language: go;;---;;name: other           | error: answers.yaml:4: a second YAML document starts here, but an answers file holds one; remove the '---' line and what follows, or merge them
            octal port           | name: ok;;language: go;;port: 017                  | error: answers.yaml:3: port: invalid value '017': expected a whole number; write the number without leading zeros
            quoted port          | name: ok;;language: go;;port: "8080"               | error: answers.yaml:3: port: invalid value '8080': expected a whole number; remove the quotes around the number
            version of another   | name: ok;;language: python;;version: "1.25"        | error: answers.yaml:3: version: '1.25' is not a supported Python version (Go 1.20 and later, Python 3.9 and later, Node.js 18 and later); omit version for the default, 3.13
            huge port            | name: ok;;language: go;;port: 99999999999999999999   | error: answers.yaml:3: port: invalid value '99999999999999999999': expected a port from 1 to 65535; give the port the service listens on, such as 8080, or none for a service without a port
            empty name           | name:;;language: go                                | error: answers.yaml:1: name: invalid value null: expected a string; write a value after the colon, because there is no default
            name read as boolean | name: yes;;language: go                            | error: answers.yaml:1: name: invalid value 'yes': expected a string; quote it to use it as text: 'yes'
            name with capitals   | name: Photo_Sync;;language: go                     | error: answers.yaml:1: name: invalid value 'Photo_Sync': expected 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit; for example 'photo-sync'
            health path no slash | name: ok;;language: node;;healthPath: health       | error: answers.yaml:3: healthPath: invalid value 'health': expected a URL path starting with '/' (letters, digits, '.', '_', '~', '-', '/'); did you mean '/health'?
            tab indentation      | name: ok;;language: go;;	port: 80                 | error: answers.yaml:2: is not valid YAML: while scanning for the next token; indent with spaces; YAML does not allow tabs there
            """)
    void badAnswersFileIsRejected(String kind, String yaml, String expectedError) throws IOException {
        Path answers = directory.resolve("answers.yaml");
        Files.writeString(answers, yaml.strip().replace(";;", "\n").replace("\\t", "\t") + "\n");
        Path output = directory.resolve("out");

        CliRun run = CliRun.of("new", output.toString(), "--answers", answers.toString());

        assertThat(run.status()).as("exit status").isEqualTo(2);
        assertThat(run.err().replace(answers.toString(), "answers.yaml")).isEqualTo(expectedError + "\n");
        assertThat(run.out()).isEmpty();
        assertThat(output).doesNotExist();
    }
}
