package com.windwardlofts.sails.mapper;

import com.windwardlofts.sails.domain.Customer;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CustomerMapper {
    Customer findById(long id);

    Customer findByEmail(String email);

    void insert(Customer customer);
}
