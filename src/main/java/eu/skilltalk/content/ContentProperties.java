package eu.skilltalk.content;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where content lives.
 *
 * @param dialogs folder of dialog, competence, profile and badge files
 * @param locales folder with one sub-folder of texts per language
 */
@ConfigurationProperties("skilltalk.content")
public record ContentProperties(@DefaultValue("dialogs") Path dialogs, @DefaultValue("locales") Path locales) {
}
