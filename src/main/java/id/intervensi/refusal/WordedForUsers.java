package id.intervensi.refusal;

/**
 * An exception whose message is already written for the user, in Bahasa Indonesia: the REST API
 * passes it on as it is instead of wrapping it (see {@code web.RestErrorMessages}).
 */
public interface WordedForUsers {}
