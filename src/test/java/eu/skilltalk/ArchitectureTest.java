package eu.skilltalk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one hard boundary: the dialog engine is a pure library. It may not see Spring, MongoDB, HTTP,
 * servlets, channels, the clock or any other SkillTalk module; everything with I/O is an adapter around it.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.skilltalk");
    }

    @Test
    void engineUsesOnlyTheJdkAndItsYamlParser() {
        classes().that().resideInAPackage("eu.skilltalk.dialog..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("eu.skilltalk.dialog..", "java..",
                        "org.yaml.snakeyaml..")
                .because("the engine must stay a pure library: no Spring, MongoDB, HTTP, channel or other module")
                .check(classes);
    }

    @Test
    void engineTalksToNoNetwork() {
        noClasses().that().resideInAPackage("eu.skilltalk.dialog..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.sql..", "javax.net..")
                .check(classes);
    }

    @Test
    void engineReadsNoClock() {
        noClasses().that().resideInAPackage("eu.skilltalk.dialog..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
                .because("time comes in with the input, so transcripts replay exactly")
                .check(classes);
    }

    @Test
    void channelsDoNotReachIntoEachOther() {
        for (String channel : new String[] {"simulator", "telegram", "sms"}) {
            noClasses().that().resideInAPackage("eu.skilltalk.channel." + channel + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherChannels(channel))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void deliveryKnowsNoConversationScheduleOrChannel() {
        noClasses().that().resideInAPackage("eu.skilltalk.delivery..")
                .should().dependOnClassesThat().resideInAnyPackage("eu.skilltalk.conversation..",
                        "eu.skilltalk.schedule..", "eu.skilltalk.channel..")
                .because("channels plug into delivery through ChannelSender, and everything queues through the outbox")
                .check(classes);
    }

    @Test
    void conversationsAndSchedulesKnowNoChannel() {
        noClasses().that().resideInAnyPackage("eu.skilltalk.conversation..", "eu.skilltalk.schedule..")
                .should().dependOnClassesThat().resideInAPackage("eu.skilltalk.channel..")
                .check(classes);
    }

    private static String[] otherChannels(String channel) {
        return java.util.stream.Stream.of("simulator", "telegram", "sms").filter(c -> !c.equals(channel))
                .map(c -> "eu.skilltalk.channel." + c + "..").toArray(String[]::new);
    }
}
