/**
 * The call-control port on a real Asterisk (20 or 22 LTS): the only package that speaks to
 * Asterisk, through asterisk-java 3.41 (AMI for events and call control, FastAGI for the IVR and
 * hold scripts). {@link org.numvert.telephony.AsteriskGateway} is the entry point.
 *
 * <p>How the parts fit:
 * <ul>
 * <li>{@code AmiLink} keeps one manager connection logged in (keep-alive, capped backoff) and
 * writes every action from its worker thread; after each login {@code AmiResync} asks what
 * exists now, since events sent while disconnected are lost;
 * <li>{@code AmiTranslator} reads events on asterisk-java's dispatch thread and feeds facts to
 * the {@code CallTracker}, the one place that turns channel facts into engine events;
 * <li>{@code AsteriskCallControl} turns the engine's commands into actions (Setvar + Redirect,
 * Originate, Hangup, ChanSpy);
 * <li>{@code FastAgiServer} runs the {@code ivr}, {@code hold} and {@code callback-offer}
 * scripts, one session thread each.
 * </ul>
 * The dialplan and manager user this package expects ship in {@code src/main/asterisk/}; the
 * README section "Connecting a real Asterisk" explains them. Protocol facts the code relies on
 * come from captures of a real Asterisk 22 ({@code src/test/resources/asterisk-traces}).
 */
package org.numvert.telephony;
