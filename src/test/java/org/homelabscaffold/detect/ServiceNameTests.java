package org.homelabscaffold.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceNameTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            photos            | photos
            My_Photo  App!    | my-photo-app
            --photo--api--    | photo-api
            Café2Go           | caf-2go
            photos.v2         | photos-v2
            """)
    void serviceNameOfFolder(String folderName, String expected) {
        assertThat(ServiceName.fromFolderName(folderName)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "___", "-", "ÄÖÜ"})
    void symbolOnlyFolderNameGivesNoName(String folderName) {
        assertThat(ServiceName.fromFolderName(folderName)).isEmpty();
    }
}
