package org.numvert.telephony;

/**
 * Sound files the FastAGI scripts play, by name (Asterisk picks the channel's language: the
 * dialplan sets {@code fr}). The {@code queue-*} ones are in the standard French core sounds
 * (Debian {@code asterisk-core-sounds-fr}); the {@code numvert/*} ones are recorded for the
 * service and installed under the sounds directory (see README, "Connecting a real Asterisk").
 */
final class Prompts {
    /** "Vous êtes le prochain." */
    static final String YOU_ARE_NEXT = "queue-youarenext";
    /** "Il y a" … */
    static final String THERE_ARE = "queue-thereare";
    /** … "appels en attente avant le vôtre." */
    static final String CALLS_WAITING = "queue-callswaiting";
    /** "Le temps d'attente estimé est de" … */
    static final String HOLD_TIME = "queue-holdtime";
    /** "moins de" … */
    static final String LESS_THAN = "queue-less-than";
    /** … "minutes". */
    static final String MINUTES = "queue-minutes";
    /** "Pour être rappelé sans perdre votre place, tapez 1." (numvert recording) */
    static final String CALLBACK_OFFER = "numvert/rappel-proposition";
    /** The digit that accepts the callback. */
    static final String CALLBACK_DIGIT = "1";

    private Prompts() {
    }
}
