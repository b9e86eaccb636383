package org.homelabscaffold.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.homelabscaffold.answers.AnswersReader;

/** Reads the answers a non-interactive run was given: an answers file and {@code --set} overrides. */
final class AnswerInput {

    /**
     * Answers files are a few hundred bytes; anything far larger is a mistake, not answers. Reading
     * stops there, so a device or an endless pipe given by mistake cannot exhaust memory.
     */
    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private AnswerInput() {}

    static boolean isGiven(Path answersFile, List<String> overrides) {
        return answersFile != null || !overrides.isEmpty();
    }

    static AnswersReader.Given read(Path answersFile, List<String> overrides) {
        if (answersFile == null) {
            return AnswersReader.read(null, null, overrides);
        }
        return AnswersReader.read(answersFile.toString(), readText(answersFile), overrides);
    }

    private static String readText(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw invalid(file + ": is a folder, not an answers file");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw invalid(file + ": is larger than 1 MiB, which no answers file needs; check the path");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw invalid(file + ": answers file not found; check the path, or start from one in examples/");
        } catch (CharacterCodingException e) {
            throw invalid(file + ": is not UTF-8 text; save the answers file as UTF-8");
        } catch (IOException e) {
            throw new CommandException(ExitStatus.FAILED, IoErrors.describe(e));
        }
    }

    private static CommandException invalid(String message) {
        return new CommandException(ExitStatus.INVALID, message);
    }
}
