package org.homelabscaffold.recipe;

import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.answers.Answers;

/** Install and build commands for npm, yarn and pnpm, each with its download cache mounted. */
final class NodeInstall {

    private NodeInstall() {}

    static List<String> manifests(Answers answers) {
        List<String> files = new ArrayList<>(List.of("package.json"));
        if (answers.lockfile()) {
            files.add(answers.packageManager().lockfileName());
        }
        return files;
    }

    static boolean needsCorepack(Answers answers) {
        return switch (answers.packageManager()) {
            case YARN, PNPM -> true;
            default -> false;
        };
    }

    /** Returns the RUN step that installs dependencies, production ones only when {@code production}. */
    static List<String> install(Answers answers, boolean production) {
        return switch (answers.packageManager()) {
            case YARN -> List.of("RUN --mount=type=cache,target=/usr/local/share/.cache/yarn",
                    "yarn install" + (answers.lockfile() ? " --frozen-lockfile" : "")
                            + (production ? " --production" : ""));
            case PNPM -> List.of("RUN --mount=type=cache,target=/root/.local/share/pnpm/store",
                    "pnpm install" + (answers.lockfile() ? " --frozen-lockfile" : "") + (production ? " --prod" : ""));
            default -> List.of("RUN --mount=type=cache,target=/root/.npm",
                    (answers.lockfile() ? "npm ci" : "npm install") + (production ? " --omit=dev" : ""));
        };
    }

    static String runBuild(Answers answers) {
        return switch (answers.packageManager()) {
            case YARN -> "RUN yarn run build";
            case PNPM -> "RUN pnpm run build";
            default -> "RUN npm run build";
        };
    }
}
