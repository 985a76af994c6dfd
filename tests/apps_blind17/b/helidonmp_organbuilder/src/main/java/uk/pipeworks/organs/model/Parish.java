package uk.pipeworks.organs.model;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;

@DatabaseTable(tableName = "parishes")
public class Parish {

    @DatabaseField(generatedId = true)
    private int id;

    @DatabaseField(canBeNull = false)
    private String name;

    @DatabaseField
    private String diocese;

    @DatabaseField(columnName = "warden_name")
    private String wardenName;

    @DatabaseField(columnName = "warden_email")
    private String wardenEmail;

    @DatabaseField(columnName = "warden_phone")
    private String wardenPhone;

    @DatabaseField(columnName = "organ_stops")
    private int organStops;

    public Parish() {
        // ORMLite
    }

    public int getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDiocese() { return diocese; }
    public void setDiocese(String diocese) { this.diocese = diocese; }
    public String getWardenName() { return wardenName; }
    public void setWardenName(String wardenName) { this.wardenName = wardenName; }
    public String getWardenEmail() { return wardenEmail; }
    public void setWardenEmail(String wardenEmail) { this.wardenEmail = wardenEmail; }
    public String getWardenPhone() { return wardenPhone; }
    public void setWardenPhone(String wardenPhone) { this.wardenPhone = wardenPhone; }
    public int getOrganStops() { return organStops; }
    public void setOrganStops(int organStops) { this.organStops = organStops; }

    @Override
    public String toString() {
        return "Parish{id=" + id + ", name='" + name + "', warden='" + wardenName + " <" + wardenEmail + ">', phone='"
                + wardenPhone + "'}";
    }
}
