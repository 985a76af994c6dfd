package net.mobilo.billing.mapper;

import net.mobilo.billing.model.Subscriber;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface SubscriberMapper {

    @Insert("INSERT INTO subscriber (msisdn, full_name, date_of_birth, national_id, email) "
            + "VALUES (#{msisdn}, #{fullName}, #{dateOfBirth}, #{nationalId}, #{email})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insert(Subscriber subscriber);

    @Select("SELECT * FROM subscriber WHERE id = #{id}")
    Subscriber findById(long id);

    @Insert("INSERT INTO sim_card (iccid, subscriber_id, imsi, activated_at) VALUES (#{iccid}, #{subscriberId}, #{imsi}, now())")
    void activateSim(String iccid, long subscriberId, String imsi);
}
