package eu.skilltalk.dialog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks dialogs against the framework and the profiles: questions name known competences, every
 * competence has a self-rating somewhere, and goal questions ({@code save: goal}) offer exactly the profiles.
 */
final class FrameworkChecks {

    private final Framework framework;
    private final Profiles profiles;
    private final String profilesFile;
    private final List<Problem> problems;

    FrameworkChecks(Framework framework, Profiles profiles, String profilesFile, List<Problem> problems) {
        this.framework = framework;
        this.profiles = profiles;
        this.profilesFile = profilesFile;
        this.problems = problems;
    }

    void check(List<Dialog> dialogs, String frameworkFile) {
        Set<String> known = framework.ids();
        Set<String> rated = new HashSet<>();
        Set<String> offered = new HashSet<>();
        boolean anyGoalQuestion = false;
        for (Dialog dialog : dialogs) {
            for (Step step : dialog.steps()) {
                if (step instanceof Question question && question.competence() != null
                        && !known.contains(question.competence())) {
                    problem(dialog.file(), step.line(), "step '" + step.id() + "' refers to unknown competence '"
                            + question.competence() + "'");
                }
                if (step instanceof ScaleStep scale) {
                    rated.add(scale.competence());
                }
                if (step instanceof ChoiceStep choice && Profiles.GOAL_VARIABLE.equals(choice.save())) {
                    anyGoalQuestion = true;
                    checkGoal(dialog, choice, offered);
                }
            }
        }
        for (Competence competence : framework.competences()) {
            if (!rated.contains(competence.id())) {
                problem(frameworkFile, competence.line(), "competence '" + competence.id()
                        + "' has no self-rating: no scale step in any dialog asks about it");
            }
        }
        for (Profile profile : profiles.all()) {
            if (!offered.contains(profile.id())) {
                problem(profilesFile, profile.line(), "profile '" + profile.id() + "' is not offered by "
                        + (anyGoalQuestion ? "the" : "any") + " goal question (a choice step with 'save: "
                        + Profiles.GOAL_VARIABLE + "')");
            }
        }
    }

    private void checkGoal(Dialog dialog, ChoiceStep choice, Set<String> offered) {
        for (ChoiceStep.Option option : choice.options()) {
            if (profiles.profile(option.value()).isPresent()) {
                offered.add(option.value());
            } else {
                problem(dialog.file(), choice.line(), "step '" + choice.id() + "' offers unknown profile '"
                        + option.value() + "'");
            }
        }
    }

    private void problem(String file, int line, String reason) {
        problems.add(new Problem(Check.COMPETENCES, file, line, reason));
    }
}
