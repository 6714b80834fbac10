package fr.caleol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The application itself, started as an operator would with the {@code prod} profile. */
class ProductionStartIT {

    @Test
    void the_prod_profile_with_the_demo_landlord_refuses_to_start_and_names_the_setting() {
        Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .properties("spring.datasource.url=jdbc:mariadb://127.0.0.1:9/caleol",
                        "server.port=0", "spring.main.banner-mode=off")
                .run().close());
        assertThat(refused).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The 'prod' profile refuses to start")
                .hasMessageContaining("caleol.landlord.name (CALEOL_LANDLORD_NAME) is still the demo value");
    }
}
