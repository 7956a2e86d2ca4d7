package eu.skilltalk.plan;

import eu.skilltalk.coach.ParticipantSection;
import eu.skilltalk.content.Content;
import eu.skilltalk.locale.LocaleCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The client's action plan on the coach's client page, after the results: each action, its day, the answer. */
@Component
class PlanSection implements ParticipantSection {

    private final Plans plans;
    private final LocaleCatalog catalog;

    PlanSection(Plans plans, Content content) {
        this.plans = plans;
        this.catalog = content.catalog();
    }

    /** @param answer the follow-up's answer in the coach's words, or {@code null} before it */
    record Row(String competence, String action, LocalDate dueOn, String answer, boolean help) {
    }

    record View(List<Row> items) {
    }

    @Override
    public String template() {
        return "coach/sections/plan";
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    public Object model(String participantId, Locale locale) {
        String language = catalog.readable(locale.getLanguage());
        return new View(plans.items(participantId).stream().map(i -> new Row(
                catalog.render(language, "competence." + i.competence() + ".name"), i.action(), i.dueOn(),
                i.answer() == null ? null : catalog.render(language, "coach.plan.answer." + i.answer()),
                PlanItem.HELP.equals(i.answer()))).toList());
    }
}
