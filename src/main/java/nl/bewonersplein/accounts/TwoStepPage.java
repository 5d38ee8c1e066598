package nl.bewonersplein.accounts;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;

/**
 * The two-step verification page: set-up (QR code and secret), status, or the recovery
 * codes just made.
 *
 * @param enabled whether it is on
 * @param required whether it is required for this person (then it cannot be turned off)
 * @param qrSvg the QR code to scan while setting up, or null
 * @param secret the secret to type in instead, grouped in fours, or null
 * @param recoveryCodes codes to show once after turning it on, or empty
 * @param errors messages per field
 */
public record TwoStepPage(boolean enabled, boolean required, String qrSvg, String secret, List<String> recoveryCodes,
		FormErrors errors) {

}
