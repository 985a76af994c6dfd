package net.mobilo.billing.mapper;

import net.mobilo.billing.model.AutopayCard;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.util.List;

@Mapper
public interface AutopayMapper {

    @Insert("""
            INSERT INTO autopay_card (subscriber_id, card_number, card_last4, expiry, network_token)
            VALUES (#{subscriberId}, #{cardNumber}, #{last4}, #{expiry}, #{networkToken})
            """)
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insert(AutopayCard card);

    @Select("SELECT id, subscriber_id, card_last4 AS last4, expiry, network_token FROM autopay_card WHERE subscriber_id = #{subscriberId}")
    List<AutopayCard> findBySubscriber(@Param("subscriberId") long subscriberId);

    @Update("UPDATE autopay_card SET network_token = #{token}, card_number = NULL WHERE id = #{id}")
    int replaceWithToken(@Param("id") long id, @Param("token") String token);
}
