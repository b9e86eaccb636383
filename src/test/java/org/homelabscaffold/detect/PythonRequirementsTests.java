package org.homelabscaffold.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PythonRequirementsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            psycopg2>=2.9                                  | psycopg2
            Pillow[webp,avif] >= 10.0                      | pillow
            mysqlclient; sys_platform == 'linux'           | mysqlclient
            ruamel.yaml==0.18                              | ruamel-yaml
            Foo__Bar                                       | foo-bar
            lxml @ https://example.com/lxml-5.3.0.tar.gz   | lxml
            uvloop (>=0.21)                                | uvloop
            numpy                                          | numpy
            """)
    void nameOfRequirement(String requirement, String expected) {
        assertThat(PythonRequirements.nameOf(requirement)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"./libs/shared", "https://example.com/x.whl", "", "-e .", "_private"})
    void pathsAndUrlsHaveNoName(String requirement) {
        assertThat(PythonRequirements.nameOf(requirement)).isEmpty();
    }

    @Test
    void requirementsFileSkipsCommentsAndOptions() {
        String text = """
                # comment
                --index-url https://example.com/simple
                -c constraints.txt
                flask==3.1  # web
                    --hash=sha256:0123

                gunicorn
                """;

        assertThat(PythonRequirements.namesInRequirementsFile(text)).containsExactly("flask", "gunicorn");
    }

    @Test
    void includedFilesAreListed() {
        String text = "-r base.txt\n--requirement prod.txt\n--requirement=extra.txt\n-c constraints.txt\n";

        assertThat(PythonRequirements.includedFiles(text)).containsExactly("base.txt", "prod.txt", "extra.txt");
    }
}
