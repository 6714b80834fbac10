package fr.caleol.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The README's table of settings lists every {@code caleol.*} setting, with its environment variable. */
class SettingsDocumentedTest {

    static List<String> settings() {
        List<String> names = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.caleol")) {
            if (type.isAnnotatedWith(ConfigurationProperties.class)) {
                Class<?> record = type.reflect();
                String prefix = record.getAnnotation(ConfigurationProperties.class).value();
                for (RecordComponent component : record.getRecordComponents()) {
                    names.add(prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    @Test
    void every_setting_is_in_the_readme_table_with_its_environment_variable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> settings = settings();
        assertThat(settings).contains("caleol.landlord.name", "caleol.socialcell.breach-days",
                "caleol.embedded-db.data-dir");
        for (String setting : settings) {
            String variable = setting.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
            assertThat(readme).as(setting).contains("| `" + setting + "` | `" + variable + "` |");
        }
    }
}
