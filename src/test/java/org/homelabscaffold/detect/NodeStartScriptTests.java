package org.homelabscaffold.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeStartScriptTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            node server.js                                     | server.js
            node ./dist/index.js --port 3000                   | dist/index.js
            node --enable-source-maps dist/main.mjs            | dist/main.mjs
            node -r dotenv/config src/index.js                 | src/index.js
            node --import ./instrument.mjs build/server.js     | build/server.js
            """)
    void scriptFileOfPlainNodeCommand(String command, String expected) {
        assertThat(NodeStartScript.scriptFile(command)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "npm run build && node dist/index.js",
        "NODE_ENV=production node server.js",
        "ts-node src/index.ts",
        "node -e \"require('./x')\"",
        "node",
        "node server.js > log.txt",
        "nodemon server.js"
    })
    void otherCommandsGiveNoFile(String command) {
        assertThat(NodeStartScript.scriptFile(command)).isEmpty();
    }
}
