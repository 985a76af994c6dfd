package com.windwardlofts.sails.mapper;

import com.windwardlofts.sails.domain.CardCapture;
import com.windwardlofts.sails.domain.SailOrder;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SailOrderMapper {
    SailOrder findById(long id);

    List<SailOrder> findAwaitingBalance();

    void insert(SailOrder order);

    void markPaid(@Param("id") long id, @Param("gatewayCustomer") String gatewayCustomer, @Param("last4") String last4);

    void insertCardCapture(CardCapture capture);

    List<Map<String, Object>> findCardCaptures();
}
