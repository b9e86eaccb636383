package org.homelabscaffold.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionRangesTests {

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            >=3.12            ; 3.12
            >= 3.10, <4       ; 3.10
            <4,>=3.9          ; 3.9
            ~=3.11.2          ; 3.11
            ==3.12.*          ; 3.12
            >3.11             ; 3.11
            ^3.11             ; 3.11
            ~3.13             ; 3.13
            3.12              ; 3.12
            >=3.9,!=3.10.*    ; 3.9
            >=3.10 || >=3.8   ; 3.8
            >=3.11,>=3.12     ; 3.12
            """)
    void lowestPythonMinorOfConstraint(String constraint, String expected) {
        assertThat(VersionRanges.lowestPythonMinor(constraint)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<3.14", "*", "", ">=3", "!=3.11", ">=3.10 || <3", "latest", ">=3.99999999999"})
    void unboundedPythonConstraintIsEmpty(String constraint) {
        assertThat(VersionRanges.lowestPythonMinor(constraint)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            >=22              ; 22
            ^24.1             ; 24
            ~20.11.0          ; 20
            20.x              ; 20
            v18               ; 18
            >= 18 <23         ; 18
            18 || 20 || 22    ; 18
            20 - 22           ; 20
            >20               ; 21
            >20.1             ; 20
            >=22.0.0-rc.1     ; 22
            """)
    void lowestNodeMajorOfRange(String range, String expected) {
        assertThat(VersionRanges.lowestNodeMajor(range)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "x", "", "<20", "<=22", "lts", "20 || *", "latest"})
    void unboundedNodeRangeIsEmpty(String range) {
        assertThat(VersionRanges.lowestNodeMajor(range)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.23.4   | 1.23
            1.21     | 1.21
            1.22rc1  | 1.22
            3.13.1   | 3.13
            v3.12    | 3.12
            """)
    void majorMinorOfVersion(String version, String expected) {
        assertThat(VersionRanges.majorMinor(version)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "go1.23", "pypy3.10", "system", ""})
    void majorMinorOfOtherTextIsEmpty(String version) {
        assertThat(VersionRanges.majorMinor(version)).isEmpty();
    }
}
