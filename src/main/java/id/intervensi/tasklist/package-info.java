/**
 * Tasklist and the other Camunda webapps as the home's staff see them: the configured home name in
 * their config.js. The static customisation (Indonesian locale, form-js messages, styles) lives in
 * src/main/resources/META-INF/resources/webjars/camunda/app/; see docs/tasklist.md.
 */
package id.intervensi.tasklist;
