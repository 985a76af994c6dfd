package com.claywheel.studio.model;

/** JSON body of POST /members. */
public class SignupForm {
    public String fullName;
    public String email;
    public String phone;
    public String dateOfBirth;
    public boolean newsletter;
    public String source;
}
