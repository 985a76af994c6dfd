package co.vowsandco.planner.service;

public record Couple(long id, String partnerOne, String partnerTwo, String email, String phone) {

    public String displayName() {
        return partnerOne + " & " + partnerTwo;
    }
}
