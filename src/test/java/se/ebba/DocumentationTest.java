package se.ebba;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Paths named in the docs must exist, and the README gives exactly the two set-up commands. */
class DocumentationTest {

    static final Pattern PATH = Pattern.compile("`((?:src|docs|\\.ci)/[^`\\s]*)`");

    @Test
    void everyRepositoryPathNamedInTheDocsExists() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> docs = Stream.concat(Stream.of(Path.of("README.md")), Files.list(Path.of("docs")))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).toList()) {
                Matcher m = PATH.matcher(Files.readString(doc));
                while (m.find()) {
                    if (!Files.exists(Path.of(m.group(1)))) {
                        missing.add(doc + " names " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theReadmeGivesTheRunAndTestCommands() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("./mvnw spring-boot:run").contains("./mvnw verify");
    }
}
