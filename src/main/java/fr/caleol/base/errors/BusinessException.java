package fr.caleol.base.errors;

/**
 * A refusal the user can understand and act on: bad input, a rule of the domain, a record changed by someone else.
 * It carries an i18n key (and arguments) that the UI translates; the message is for logs.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The record was changed by someone else since it was read. */
    public static BusinessException staleData() {
        return new BusinessException("error.staleData");
    }
}
