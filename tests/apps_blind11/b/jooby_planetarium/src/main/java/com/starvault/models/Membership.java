package com.starvault.models;

import org.javalite.activejdbc.Model;
import org.javalite.activejdbc.annotations.Table;

@Table("memberships")
public class Membership extends Model {}
