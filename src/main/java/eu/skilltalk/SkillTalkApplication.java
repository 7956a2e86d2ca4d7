package eu.skilltalk;

import eu.skilltalk.content.ValidateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * SkillTalk: a chatbot for guided self-assessment of 21st-century and entrepreneurial competences.
 * {@code java -jar skilltalk.jar validate dialogs locales} checks content without starting the service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SkillTalkApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ValidateCommand.NAME)) {
            System.exit(ValidateCommand.run(args, System.out));
        }
        SpringApplication.run(SkillTalkApplication.class, args);
    }
}
