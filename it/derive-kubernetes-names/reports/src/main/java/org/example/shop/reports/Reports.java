package org.example.shop.reports;

class Reports {
}
