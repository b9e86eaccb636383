package org.homelabscaffold.answers;

/** A choice answer: the enum constants of every choice question implement it. */
public interface AnswerValue {

    /** Returns the spelling used in answers files and on the command line. */
    String key();
}
