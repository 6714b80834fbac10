package fr.caleol.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.socialcell.service.SocialCellProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The settings records: defaults written once, and a wrong value stops the start with a message naming it. */
class SettingsValidationTest {

    @Configuration
    @EnableConfigurationProperties({LandlordProperties.class, SocialCellProperties.class})
    static class Settings {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void without_any_setting_the_demo_landlord_and_the_legal_defaults_apply() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(LandlordProperties.class).name()).isEqualTo(LandlordProperties.DEMO_NAME);
            SocialCellProperties cell = context.getBean(SocialCellProperties.class);
            assertThat(cell.graceDays()).isEqualTo(10);
            assertThat(cell.breachDays()).isEqualTo(15);
            assertThat(cell.printedPhone()).isEqualTo("01\u00A048\u00A000\u00A000\u00A000");
        });
    }

    @Test
    void a_negative_number_of_days_stops_the_start_and_names_the_setting() {
        runner.withPropertyValues("caleol.socialcell.breach-days=-1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("caleol.socialcell")
                    .hasMessageContaining("breachDays");
        });
    }

    @Test
    void a_blank_landlord_name_or_a_phone_that_is_not_one_stops_the_start() {
        runner.withPropertyValues("caleol.landlord.name= ").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("caleol.landlord.phone=call us").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("phone");
        });
    }
}
