package eu.skilltalk.system;

import eu.skilltalk.SkillTalkApplication;
import java.io.IOException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Starts the whole application as another instance would run it, plus test beans from {@code extra} (a plain
 * class with {@code @Bean} methods). Other tests' {@code @TestConfiguration} classes are left out, as a
 * {@code @SpringBootTest} would.
 */
public final class TestInstances {

    private TestInstances() {
    }

    public static ConfigurableApplicationContext start(Class<?> extra, String... args) {
        return new SpringApplicationBuilder(SkillTalkApplication.class, extra)
                .initializers(context -> context.getBeanFactory().registerSingleton("leaveOutTestConfigurations",
                        new LeaveOutTestConfigurations()))
                .run(args);
    }

    /** Keeps {@code @TestConfiguration} classes of other tests out of component scanning. */
    static final class LeaveOutTestConfigurations extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LeaveOutTestConfigurations;
        }

        @Override
        public int hashCode() {
            return LeaveOutTestConfigurations.class.hashCode();
        }
    }
}
