package dev.pitchnight.web;

import io.quarkus.qute.EngineConfiguration;
import io.quarkus.qute.ParserHelper;
import io.quarkus.qute.ParserHook;
import java.util.regex.Pattern;

/**
 * Drops the indentation in front of a section tag ({@code {#if}}, {@code {/for}} ...) in HTML
 * templates before Qute parses them. A line such as {@code    {#if x}<p>…</p>{/if}} that renders
 * nothing would otherwise leave its indentation behind as a line of trailing whitespace (html-validate's
 * no-trailing-whitespace); the markup itself is unchanged, only some lines start further left.
 * Mail templates (plain text, where indentation may be meant) are left alone.
 */
@EngineConfiguration
public class SectionIndentation implements ParserHook {

    private static final Pattern INDENTED_SECTION = Pattern.compile("(?m)^[ \\t]+(?=\\{[#/])");

    @Override
    public void beforeParsing(ParserHelper parser) {
        String id = parser.getTemplateId();
        // Tags are known by ids without their suffix ("tags/lineup"), so only the mails are named.
        if (id != null && !id.endsWith(".txt") && !id.startsWith("Mails/")) {
            parser.addContentFilter(content -> INDENTED_SECTION.matcher(content).replaceAll(""));
        }
    }
}
