	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 192(x30)
	ld x3, 136(x30)
	ld x4, 128(x30)
	ld x5, 8(x30)
	ld x6, 168(x30)
	ld x7, 200(x30)
	ld x8, 192(x30)
	ld x9, 40(x30)
	ld x10, 24(x30)
	ld x11, 192(x30)
	ld x12, 88(x30)
	ld x13, 48(x30)
	ld x14, 152(x30)
	ld x15, 120(x30)
	ld x16, 0(x30)
	ld x17, 192(x30)
	ld x18, 112(x30)
	ld x19, 64(x30)
	ld x20, 16(x30)
	ld x21, 136(x30)
	ld x22, 160(x30)
	ld x23, 152(x30)
	ld x24, 56(x30)
	ld x25, 152(x30)
	ld x26, 80(x30)
	ld x27, 80(x30)
	ld x28, 136(x30)
	ld x29, 64(x30)
	ld x30, 152(x30)
	la x30, dvals
	flw f0, 308(x30)
	flw f1, 368(x30)
	fld f2, 184(x30)
	fld f3, 112(x30)
	fld f4, 264(x30)
	fld f5, 144(x30)
	fld f6, 96(x30)
	fld f7, 184(x30)
	fld f8, 356(x30)
	fld f9, 72(x30)
	fld f10, 352(x30)
	fld f11, 184(x30)
	fld f12, 184(x30)
	fld f13, 112(x30)
	fld f14, 216(x30)
	fld f15, 88(x30)
	fld f16, 8(x30)
	fld f17, 80(x30)
	flw f18, 396(x30)
	fld f19, 120(x30)
	fld f20, 216(x30)
	fld f21, 40(x30)
	fld f22, 168(x30)
	flw f23, 340(x30)
	fld f24, 192(x30)
	flw f25, 396(x30)
	fld f26, 120(x30)
	flw f27, 380(x30)
	fld f28, 240(x30)
	fld f29, 32(x30)
	fld f30, 136(x30)
	fld f31, 64(x30)
	remu x24, x18, x12
	xor x0, x27, x20
	c.j 1f
	sub x11, x26, x9
1:
	fmul.d f21, f7, f8, rup
	addi x19, x23, -2048
	sw x4, 192(x31)
	c.swsp x15, 136(sp)
	c.sdsp x21, 456(sp)
	lh x8, 26(x2)
	add x16, x1, x15
	fcvt.w.s x4, f0, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	fcvt.lu.d x16, f3, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	sub x22, x18, x21
	auipc x26, 1
	lb x28, 18(x31)
	la x30, dvals
	fld f3, 560(x30)
	fnmadd.d f7, f5, f3, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	rem x18, x5, x0
	fsflags x6, x28
	jal x13, 1f
	sra x18, x15, x24
1:
	div x24, x13, x22
	and x16, x23, x25
	c.slli x8, 25
	la x30, dvals
	fld f12, 520(x30)
	fsqrt.d f20, f12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	fcvt.wu.s x15, f31, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	and x4, x12, x11
	xor x28, x3, x18
	mv x9, x31
	c.fld f14, 112(x9)
	sw x20, 1321(x31)
	la x30, dvals
	flw f16, 644(x30)
	fcvt.w.s x25, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	la x30, 1f
	c.jr x30
	add x11, x13, x10
1:
	rem x26, x14, x11
	c.addi16sp sp, 64
	c.sdsp x9, 216(sp)
	mv sp, x31
	fmv.w.x f22, x17
	mul x16, x26, x29
	fmsub.s f6, f13, f6, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	mulh x28, x29, x18
	slti x0, x14, -781
	c.srli x13, 16
	c.andi x12, 22
	c.addw x15, x11
	srl x29, x17, x0
	srli x1, x11, 0
	slliw x25, x4, 1
	fcvt.wu.d x8, f24, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	fsub.s f2, f8, f14, rdn
	beq x0, x25, 1f
	xor x12, x17, x22
1:
	c.mv x3, x21
	c.add x22, x3
	mulhsu x14, x12, x5
	la x30, dvals
	flw f15, 384(x30)
	fmul.s f28, f16, f15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	divu x11, x20, x28
	divu x29, x1, x26
	addi x30, x31, 1744
	lr.w x26, (x30)
	subw x13, x17, x25
	sc.w x7, x27, (x30)
	c.lwsp x5, 0(sp)
	c.ldsp x16, 152(sp)
	la x30, dvals
	flw f22, 348(x30)
	la x30, dvals
	flw f23, 596(x30)
	la x30, dvals
	flw f30, 652(x30)
	fnmadd.s f31, f22, f23, f30, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	slli x23, x3, 63
	sraiw x29, x21, 31
	la x30, dvals
	flw f0, 360(x30)
	fmul.s f4, f6, f0, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	sltiu x28, x13, 32
	la x30, dvals
	flw f19, 340(x30)
	la x30, dvals
	flw f2, 372(x30)
	fsub.s f14, f19, f2, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	divw x19, x27, x18
	la x30, dvals
	flw f15, 596(x30)
	fnmadd.s f24, f17, f4, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	c.addi x12, 1
	c.addiw x12, -32
	or x14, x23, x26
	auipc x8, 0
	jal x10, 1f
	addw x24, x6, x11
1:
	la x30, dvals
	fld f29, 72(x30)
	la x30, dvals
	fld f17, 552(x30)
	fadd.d f21, f29, f17, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	lbu x20, 871(x31)
	la x30, dvals
	flw f31, 368(x30)
	fclass.s x4, f31
	mulw x4, x24, x11
	flt.d x22, f25, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	fcvt.wu.s x5, f25, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	la x30, dvals
	fld f25, 128(x30)
	la x30, dvals
	fld f3, 456(x30)
	fmadd.d f22, f25, f3, f1, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	mulhsu x6, x8, x1
	la x30, dvals
	fld f25, 408(x30)
	la x30, dvals
	fld f29, 552(x30)
	fnmadd.d f29, f25, f14, f29, rne
	bne x17, x21, 1f
	srl x5, x8, x9
1:
	remuw x20, x26, x18
	divu x22, x29, x21
	la x30, dvals
	fld f24, 520(x30)
	la x30, dvals
	fld f15, 520(x30)
	fmul.d f8, f24, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	slli x6, x19, 63
	slliw x3, x12, 31
	la x30, 1f
	jalr x0, 1(x30)
	xor x26, x26, x0
1:
	xori x19, x3, 2047
	mulh x26, x21, x25
	fcvt.d.w f8, x19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	la x30, 1f
	jalr x5, 1(x30)
	sraw x6, x22, x8
1:
	lwu x7, 1576(x31)
	mulw x29, x6, x1
	la x30, dvals
	fld f14, 520(x30)
	fsqrt.d f27, f14, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	addiw x13, x15, 0
	la x30, dvals
	fld f23, 568(x30)
	fadd.d f5, f23, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	c.addi x17, 5
	c.addiw x17, 0
	lui x27, 524287
	divuw x17, x10, x24
	la x30, dvals
	flw f15, 628(x30)
	fsub.s f1, f15, f29, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	div x11, x19, x29
	beq x5, x21, 1f
	or x29, x16, x25
	xor x26, x6, x25
1:
	fmv.x.w x16, f0
	csrrci x6, fflags, 30
	slti x24, x6, -2048
	and x5, x14, x8
	mulh x27, x1, x7
	c.xor x11, x13
	addi x30, x31, 392
	amoxor.d.rl x7, x4, (x30)
	la x30, dvals
	flw f23, 680(x30)
	la x30, dvals
	flw f17, 604(x30)
	fsgnjx.s f0, f23, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	rem x28, x10, x23
	divw x12, x7, x9
	auipc x20, 524288
	lb x0, 1635(x31)
	sd x28, 960(x31)
	la x30, dvals
	fld f9, 504(x30)
	fsub.d f11, f9, f1, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	c.addi4spn x11, sp, 188
	la x30, dvals
	flw f20, 596(x30)
	fmul.s f26, f20, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	la x30, dvals
	fld f17, 544(x30)
	fsub.d f8, f17, f0, rne
	sd x25, 1944(x31)
	blt x21, x20, 1f
	and x16, x23, x1
	srlw x21, x26, x7
1:
	sd x19, 416(x31)
	and x18, x22, x20
	lhu x13, 530(x2)
	lhu x26, 1738(x2)
	slti x13, x18, 2047
	sb x23, 1361(x31)
	fsgnjx.d f0, f18, f20
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	la x30, dvals
	fld f23, 264(x30)
	fle.d x25, f23, f30
	and x13, x14, x7
	remw x22, x18, x3
	sll x13, x14, x12
	divw x7, x18, x13
	srli x15, x4, 1
	slliw x13, x7, 0
	la x30, dvals
	flw f10, 380(x30)
	la x30, dvals
	flw f19, 284(x30)
	fsub.s f26, f10, f19, rdn
	la x30, dvals
	flw f13, 604(x30)
	la x30, dvals
	flw f12, 600(x30)
	fnmadd.s f30, f13, f11, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	addw x8, x28, x24
	c.li x4, 28
	c.lui x4, 3
	la x30, dvals
	flw f6, 620(x30)
	fsub.s f12, f6, f26, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	fsqrt.d f29, f23, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	fle.s x12, f26, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	la x30, dvals
	fld f19, 96(x30)
	la x30, dvals
	fld f2, 224(x30)
	la x30, dvals
	fld f3, 136(x30)
	fmsub.d f16, f19, f2, f3, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	fsflags x9, x25
	addi x30, x31, 984
	amominu.w.aqrl x22, x11, (x30)
	la x30, dvals
	flw f1, 616(x30)
	la x30, dvals
	flw f11, 620(x30)
	la x30, dvals
	flw f1, 344(x30)
	fmadd.s f4, f1, f11, f1, rtz
	addi x30, x31, 792
	amoand.d x16, x14, (x30)
	lbu x15, 511(x31)
	div x27, x17, x27
	sh x12, 708(x31)
	beq x6, x10, 1f
	sub x16, x25, x21
1:
	la x30, 1f
	c.jalr x30
	srl x20, x15, x15
1:
	lw x26, 1892(x2)
	jal x22, 1f
	sraw x12, x6, x9
1:
	xori x9, x10, 31
	addi x30, x31, 24
	amomin.w.aq x7, x0, (x30)
	la x30, dvals
	fld f8, 440(x30)
	fmul.d f1, f8, f12, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	srl x12, x24, x11
	la x30, dvals
	flw f6, 384(x30)
	la x30, dvals
	flw f9, 624(x30)
	fmul.s f27, f6, f9, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	la x30, 1f
	c.jalr x30
	add x15, x15, x25
1:
	addi x30, x31, 1208
	lr.w.rl x10, (x30)
	sc.w.rl x23, x17, (x30)
	auipc x4, 524288
	slli x11, x16, 33
	slliw x21, x7, 31
	c.fldsp f6, 208(sp)
	la x30, dvals
	flw f12, 596(x30)
	fcvt.lu.s x15, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	sb x3, 1331(x31)
	xor x3, x9, x0
	la x30, 1f
	jalr x12, 0(x30)
	srl x25, x16, x25
1:
	mulhu x27, x23, x20
	fcvt.d.wu f11, x6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	xori x14, x5, -2048
	rem x4, x4, x5
	addw x1, x0, x19
	divw x10, x26, x22
	srlw x13, x15, x27
	la x30, dvals
	flw f12, 648(x30)
	la x30, dvals
	flw f1, 288(x30)
	fdiv.s f28, f12, f1, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	srl x21, x3, x26
	la x30, dvals
	fld f9, 568(x30)
	la x30, dvals
	fld f22, 184(x30)
	fmsub.d f5, f9, f22, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	c.li x1, -2
	c.lui x1, 10
	and x8, x16, x17
	add x24, x26, x18
	divuw x5, x8, x21
	sraw x12, x17, x25
	subw x27, x0, x23
	c.lwsp x22, 200(sp)
	c.ldsp x7, 432(sp)
	addi x12, x14, 1
	mv x11, x31
	c.fld f9, 224(x11)
	la x30, dvals
	fld f1, 72(x30)
	la x30, dvals
	fld f22, 552(x30)
	fnmadd.d f25, f1, f21, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	la x30, dvals
	fld f26, 56(x30)
	la x30, dvals
	fld f7, 128(x30)
	fsub.d f7, f26, f7, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	la x30, dvals
	fld f25, 152(x30)
	feq.d x18, f15, f25
	div x1, x9, x1
	divuw x24, x28, x9
	mv x11, x31
	c.ld x10, 88(x11)
	mulh x27, x11, x26
	divu x27, x28, x17
	la x30, dvals
	fld f27, 32(x30)
	fcvt.wu.d x28, f27, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	sraw x6, x21, x6
	la x30, dvals
	flw f24, 320(x30)
	fmin.s f11, f22, f24
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	slt x28, x10, x29
	csrrsi x29, fflags, 8
	divu x11, x4, x5
	subw x22, x11, x13
	fcvt.d.lu f20, x18, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	andi x0, x16, 31
	la x30, dvals
	fld f27, 64(x30)
	fsub.d f25, f27, f11, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	feq.d x18, f30, f15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	lh x8, 964(x31)
	rem x25, x26, x17
	slt x9, x25, x20
	mulhu x14, x9, x19
	c.j 1f
	and x28, x10, x26
1:
	addi x30, x31, 1744
	amoxor.d x22, x8, (x30)
	la x30, dvals
	flw f20, 296(x30)
	fadd.s f10, f20, f3, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	flt.d x13, f24, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	addi x22, x8, 32
	sb x22, 323(x31)
	ori x15, x6, 1
	la x30, 1f
	jalr x5, 0(x30)
	sraw x9, x21, x1
1:
	la x30, dvals
	flw f12, 332(x30)
	la x30, dvals
	flw f5, 600(x30)
	fmul.s f23, f12, f5, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	srli x28, x16, 43
	srliw x22, x8, 0
	addiw x15, x18, 0
	c.bnez x10, 1f
	srl x10, x6, x13
1:
	lwu x27, 1828(x2)
	lwu x0, 1576(x31)
	srlw x28, x9, x14
	xor x28, x18, x0
	srli x13, x25, 33
	slliw x0, x23, 0
	la x30, dvals
	fld f18, 64(x30)
	la x30, dvals
	fld f29, 584(x30)
	fmul.d f13, f18, f29, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	sh x11, 1774(x31)
	la x30, 1f
	jalr x19, 1(x30)
	srl x0, x4, x21
1:
	la x30, dvals
	flw f24, 660(x30)
	fle.s x29, f24, f15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	la x30, dvals
	flw f30, 292(x30)
	fcvt.l.s x13, f30, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	bgeu x20, x23, 1f
	and x13, x27, x15
1:
	addi x30, x31, 1736
	amomaxu.w.aqrl x21, x21, (x30)
	fsqrt.d f10, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	la x30, dvals
	flw f13, 344(x30)
	fcvt.lu.s x7, f13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	la x30, dvals
	flw f5, 640(x30)
	la x30, dvals
	flw f18, 668(x30)
	la x30, dvals
	flw f13, 680(x30)
	fnmsub.s f6, f5, f18, f13, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	or x8, x20, x9
	remu x13, x6, x22
	mulh x8, x6, x12
	srli x0, x0, 31
	sraiw x10, x6, 0
	la x30, dvals
	flw f20, 360(x30)
	fmul.s f6, f20, f19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	la x30, 1f
	jalr x27, 1(x30)
	xor x19, x11, x8
1:
	slli x5, x23, 0
	sraiw x0, x8, 1
	la x30, dvals
	flw f0, 648(x30)
	la x30, dvals
	flw f16, 304(x30)
	fadd.s f4, f0, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	la x30, dvals
	fld f1, 488(x30)
	fle.d x18, f1, f26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	fcvt.s.l f31, x27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	div x22, x4, x21
	la x30, dvals
	flw f29, 604(x30)
	fcvt.l.s x23, f29, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	bgeu x24, x22, 1f
	sltu x21, x27, x26
	sltu x27, x25, x17
1:
	andi x22, x29, 1
	sw x19, 2020(x31)
	la x30, dvals
	fld f16, 456(x30)
	fdiv.d f16, f16, f12, rdn
	sd x24, 1296(x31)
	divuw x14, x0, x6
	fcvt.l.d x18, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	la x30, dvals
	fld f25, 200(x30)
	fsqrt.d f12, f25, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	flw f23, 616(x30)
	la x30, dvals
	flw f18, 336(x30)
	fsub.s f4, f23, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	srli x17, x18, 32
	slliw x28, x24, 1
	add x13, x19, x12
	la x30, dvals
	fld f15, 152(x30)
	fcvt.s.d f25, f15, rtz
	slt x21, x22, x26
	fsqrt.d f20, f4, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	la x30, dvals
	flw f8, 644(x30)
	la x30, dvals
	flw f20, 624(x30)
	fmul.s f6, f8, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	mulhu x26, x8, x29
	srlw x19, x8, x10
	sra x14, x11, x3
	la x30, dvals
	fld f0, 104(x30)
	fmadd.d f29, f0, f30, f30, rtz
	addi x13, x1, 0
	la x30, dvals
	fld f3, 448(x30)
	fsqrt.d f12, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	sraw x24, x0, x26
	la x30, dvals
	flw f1, 368(x30)
	la x30, dvals
	flw f4, 292(x30)
	fnmsub.s f29, f1, f4, f10, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	srl x23, x22, x20
	div x19, x8, x4
	fld f7, 1544(x31)
	lui x10, 263060
	remu x22, x14, x1
	srli x27, x15, 33
	sraiw x17, x1, 19
	auipc x22, 524287
	addi x30, x31, 1624
	lr.d.rl x26, (x30)
	sraw x26, x18, x1
	sc.d.rl x11, x20, (x30)
	c.srai x13, 15
	c.andi x11, 17
	addw x1, x12, x25
	or x15, x10, x4
	divw x18, x4, x18
	bge x12, x0, 1f
	add x20, x0, x26
1:
	la x30, dvals
	flw f20, 332(x30)
	fmax.s f10, f20, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	fdiv.d f10, f15, f8, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	lw x17, 1016(x2)
	la x30, dvals
	fld f0, 584(x30)
	fsgnjn.d f18, f0, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	lui x18, 524288
	remuw x10, x16, x20
	sraw x15, x26, x20
	la x30, dvals
	flw f22, 684(x30)
	fmul.s f30, f12, f22, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	addi x30, x31, 1152
	amomaxu.w.aqrl x16, x12, (x30)
	sraw x21, x14, x28
	rem x1, x17, x29
	sd x18, 1816(x31)
	mulw x9, x20, x28
	la x30, dvals
	flw f22, 592(x30)
	la x30, dvals
	flw f7, 680(x30)
	fmin.s f16, f22, f7
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	sllw x8, x5, x20
	ori x4, x8, -1513
	la x30, dvals
	fld f17, 560(x30)
	la x30, dvals
	fld f12, 544(x30)
	fsub.d f11, f17, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	lwu x18, 664(x31)
	rem x27, x26, x28
	fcvt.w.d x4, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	andi x3, x15, 64
	divw x29, x10, x20
	addi x30, x31, 896
	amoadd.w.aq x9, x19, (x30)
	la x30, dvals
	fld f0, 512(x30)
	la x30, dvals
	fld f24, 72(x30)
	la x30, dvals
	fld f22, 568(x30)
	fmadd.d f20, f0, f24, f22, rup
	sw x16, 84(x31)
	fmv.d.x f16, x0
	la x30, dvals
	fld f22, 416(x30)
	fdiv.d f8, f15, f22, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	lh x25, 1796(x31)
	andi x24, x18, -2
	la x30, dvals
	flw f13, 636(x30)
	fadd.s f15, f13, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	slli x13, x16, 32
	srliw x21, x12, 1
	la x30, dvals
	fld f27, 400(x30)
	fsub.d f29, f2, f27, rne
	la x30, dvals
	fld f22, 424(x30)
	la x30, dvals
	fld f8, 152(x30)
	fmsub.d f18, f10, f22, f8, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	srai x13, x5, 31
	slliw x19, x4, 31
	sw x19, 1704(x31)
	sltu x5, x7, x16
	la x30, dvals
	fld f13, 568(x30)
	fsub.d f18, f13, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	bne x8, x17, 1f
	slt x25, x29, x26
	xor x17, x1, x24
1:
	la x30, 1f
	jalr x21, 0(x30)
	sltu x17, x9, x8
1:
	addw x27, x14, x18
	andi x16, x10, 64
	srli x6, x0, 1
	slliw x7, x23, 0
	addi x30, x31, 1056
	lr.w x19, (x30)
	addi x30, x30, 8
	sc.w x8, x21, (x30)
	and x10, x19, x13
	la x30, dvals
	flw f0, 316(x30)
	la x30, dvals
	flw f21, 680(x30)
	feq.s x15, f0, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	rem x25, x10, x29
	mulhsu x4, x26, x8
	la x30, dvals
	flw f13, 292(x30)
	fcvt.w.s x13, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	subw x23, x20, x14
	lhu x4, 1900(x31)
	sll x6, x12, x5
	la x30, dvals
	fld f31, 40(x30)
	la x30, dvals
	fld f14, 96(x30)
	fnmsub.d f23, f31, f14, f23, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	lw x1, 1048(x2)
	sh x23, 544(x31)
	remu x25, x12, x9
	la x30, dvals
	fld f27, 520(x30)
	fadd.d f30, f27, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	addi x9, x25, 1
	blt x22, x28, 1f
	sub x14, x10, x11
	srlw x5, x5, x16
1:
	blt x23, x10, 1f
	srlw x7, x29, x28
	sll x27, x22, x6
1:
	addi x5, x10, 31
	la x30, dvals
	flw f14, 620(x30)
	fcvt.d.s f28, f14
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	la x30, 1f
	jalr x6, 1(x30)
	xor x17, x14, x9
1:
	srl x9, x10, x23
	remuw x17, x7, x6
	c.addi x4, -32
	c.addiw x4, -1
	addiw x10, x0, -2
	la x30, dvals
	flw f27, 600(x30)
	fcvt.w.s x20, f27, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	c.mv x11, x23
	c.add x19, x11
	c.fldsp f31, 16(sp)
	addi x30, x31, 672
	amoand.w.aqrl x13, x18, (x30)
	remw x1, x16, x23
	remuw x24, x11, x11
	lhu x18, 598(x31)
	addi x30, x31, 1128
	amoxor.w.aq x16, x7, (x30)
	mv x11, x31
	c.fsd f13, 40(x11)
	la x30, dvals
	flw f28, 664(x30)
	fcvt.l.s x25, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	bgeu x14, x12, 1f
	sltu x19, x21, x9
	sltu x24, x22, x12
1:
	c.mv x13, x29
	c.add x26, x13
	la x30, dvals
	flw f18, 360(x30)
	la x30, dvals
	flw f13, 676(x30)
	fmin.s f13, f18, f13
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	blt x29, x28, 1f
	xor x18, x9, x4
1:
	la x30, dvals
	flw f17, 316(x30)
	fsub.s f27, f28, f17, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	c.fsdsp f14, 360(sp)
	la x30, dvals
	flw f16, 672(x30)
	la x30, dvals
	flw f20, 684(x30)
	fnmsub.s f18, f16, f9, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	sltu x9, x25, x4
	c.swsp x16, 32(sp)
	c.sdsp x12, 104(sp)
	lwu x24, 1615(x2)
	fmul.d f22, f23, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	la x30, dvals
	flw f2, 684(x30)
	la x30, dvals
	flw f12, 312(x30)
	fmul.s f23, f2, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	ori x1, x29, 32
	la x30, dvals
	flw f25, 668(x30)
	la x30, dvals
	flw f8, 308(x30)
	fmsub.s f0, f22, f25, f8, rmm
	la x30, dvals
	fld f28, 488(x30)
	fmin.d f31, f28, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	xori x1, x20, 1
	slti x4, x19, 31
	divuw x5, x6, x7
	xor x5, x25, x16
	sraw x23, x17, x13
	bltu x20, x18, 1f
	sub x10, x23, x16
1:
	sh x13, 1774(x31)
	add x15, x0, x1
	bne x28, x29, 1f
	xor x9, x16, x23
1:
	jal x17, 1f
	or x19, x20, x17
1:
	addi x30, x31, 880
	amomaxu.w.rl x14, x18, (x30)
	addi x30, x31, 32
	amoswap.d x0, x21, (x30)
	la x30, dvals
	flw f12, 664(x30)
	la x30, dvals
	flw f28, 600(x30)
	fsub.s f7, f12, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	c.fldsp f23, 232(sp)
	and x20, x20, x25
	c.fldsp f0, 464(sp)
	la x30, dvals
	fld f29, 96(x30)
	fle.d x3, f29, f14
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	fcvt.w.d x7, f17, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 91(x30)
	addiw x23, x6, 316
	subw x20, x12, x1
	bne x0, x10, 1f
	addw x25, x26, x25
1:
	jal x9, 1f
	sltu x18, x8, x25
1:
	add x13, x24, x9
	fcvt.wu.s x29, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 92(x30)
	rem x1, x20, x16
	la x30, dvals
	fld f21, 56(x30)
	feq.d x22, f21, f1
	addi x30, x31, 448
	amomin.d.aqrl x15, x19, (x30)
	blt x26, x26, 1f
	addw x21, x6, x3
1:
	andi x26, x27, -1
	la x30, dvals
	fld f3, 40(x30)
	fsqrt.d f19, f3, rtz
	la x30, 1f
	jalr x13, 1(x30)
	xor x0, x17, x23
1:
	jal x0, 1f
	subw x9, x11, x6
1:
	la x30, dvals
	fld f2, 128(x30)
	fcvt.lu.d x13, f2, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 93(x30)
	fclass.s x3, f7
	la x30, dvals
	fld f0, 88(x30)
	la x30, dvals
	fld f27, 576(x30)
	fdiv.d f24, f0, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 94(x30)
	sb x19, 1841(x31)
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0x55c934181a0bba1d
	.dword 0xc44dbb9914eae2c6
	.dword 0x5ef2d57f8ffbdd71
	.dword 0x7ee56c3bbf2ed4ca
	.dword 0xd3436431476661b3
	.dword 0xe158c77bcf4cafa0
	.dword 0x0da8dd7cd6ed999f
	.dword 0xde1725706d9e3dac
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0xbeebf6af07d4c0a0
	.dword 0x40d946e1d615d1db
	.dword 0xc0d286891108ff30
	.dword 0xbe8cf5585aac7313
	.dword 0xbe5198bc1cb00167
	.dword 0xbee8636e26425d94
	.dword 0x3e9ee8f08001b6f8
	.dword 0xbec41b8e08d6ae3c
	.dword 0xc15ba8d1e534e071
	.dword 0x409c4bd1a49dc3ba
	.dword 0x4182ef1eda902186
	.dword 0xc07614902d33100a
	.dword 0x032f030989aa06fe
	.dword 0x7fdd0abc9e741209
	.dword 0xc1e54fcf1447dc01
	.dword 0x8329a3fdafd6abb6
	.dword 0xc1eae1de3a1e8706
	.dword 0x00298f48416bc6f0
	.dword 0x801be9d64299324e
	.dword 0x7fe52865354f1e79
	.dword 0x8327955b174ad595
	.dword 0x43e439986d6dbc3b
	.dword 0x7fdb0106f4e39bab
	.dword 0x0036cf8d67372da6
	.word 0x3d533f15
	.word 0x3c7ee614
	.word 0x42b50122
	.word 0x42f8760e
	.word 0xc2ed0454
	.word 0x451e52cb
	.word 0x3ddb5315
	.word 0x426703da
	.word 0x43db4124
	.word 0x3b3a91c3
	.word 0xc2fcbb4d
	.word 0x4143413c
	.word 0xff4a9c24
	.word 0xdf5da749
	.word 0xff6d26b2
	.word 0xff1c1567
	.word 0x4f7b76a1
	.word 0x5f7c6796
	.word 0x80395ad6
	.word 0xcb7f736e
	.word 0x17e6b7b
	.word 0x8f0cad4b
	.word 0x5f5084fc
	.word 0x7f7c3dc7
	.balign 16
scratch:
	.word 0x78d85945
	.word 0xde8d71d
	.word 0xf664ef98
	.word 0x196c9033
	.word 0xe63c0546
	.word 0xb40a378c
	.word 0xad8210d1
	.word 0x1c90a4bd
	.word 0x8e7177e
	.word 0xab1ced3a
	.word 0xe1cd7a87
	.word 0x9d2a04e9
	.word 0x6b5e0c72
	.word 0xf0d33a5a
	.word 0x649e0356
	.word 0x3a66b4ac
	.word 0x729b1875
	.word 0x2323a75f
	.word 0xaec5fbdb
	.word 0x266cf384
	.word 0xbb99deca
	.word 0x885b03aa
	.word 0xede8c01d
	.word 0x488847e8
	.word 0x4ed99d92
	.word 0xd01787c7
	.word 0x3d0181b0
	.word 0xabc7624b
	.word 0xb64a100c
	.word 0x7d36af09
	.word 0xb22cb722
	.word 0xbdd44d86
	.word 0xb8f66134
	.word 0xeecbb0dc
	.word 0x82dfea34
	.word 0x8cb3eaf8
	.word 0xcc7ed3ce
	.word 0xd6e4016d
	.word 0x8ff8cb29
	.word 0x4529ac87
	.word 0x6797efbb
	.word 0xd67893eb
	.word 0x44b7acc9
	.word 0x94f45f9e
	.word 0xfff593bd
	.word 0xfdc0bafc
	.word 0xb976b9d3
	.word 0xa7d13055
	.word 0xbaa1c7b8
	.word 0xc88654f3
	.word 0x411e8a1f
	.word 0x9bf96411
	.word 0x5818ea2c
	.word 0xeef458c2
	.word 0xd8696cb4
	.word 0x4a0d5f2b
	.word 0xdce1b43f
	.word 0xa6a2008c
	.word 0x30cd8975
	.word 0xbd8e5904
	.word 0xa372a833
	.word 0x38e2d229
	.word 0x365fac3a
	.word 0xb8c93716
	.word 0x5b5cb863
	.word 0x4647772b
	.word 0xbcea2c3a
	.word 0xd4cf010c
	.word 0xa93df41b
	.word 0xe06d6744
	.word 0xdc3de1c6
	.word 0x60a72944
	.word 0x34729be3
	.word 0x86d7c4e4
	.word 0xb72403e1
	.word 0xdc5f31ed
	.word 0x7633175c
	.word 0x8fcb3b30
	.word 0xfd04a3a6
	.word 0x477ab4de
	.word 0x2dcef9ee
	.word 0xac9b5277
	.word 0x1c6ff2bd
	.word 0xa53c5781
	.word 0xd6406c87
	.word 0xa1cccc8f
	.word 0x33fb2481
	.word 0xba0ec9b4
	.word 0x4377d28
	.word 0x99d314c1
	.word 0x922265e4
	.word 0xd4fdfcb
	.word 0x206e5690
	.word 0xbd385a0e
	.word 0x7941e772
	.word 0xf05f3105
	.word 0xd98cdd7a
	.word 0x654310b
	.word 0x8ed73711
	.word 0x6e91426b
	.word 0x9d5c21a5
	.word 0x34792f31
	.word 0x227ff83e
	.word 0x727286c2
	.word 0x77f02577
	.word 0x188167d8
	.word 0xbb35c145
	.word 0x60b179ab
	.word 0xbf03f349
	.word 0xec3ccc7c
	.word 0xc3dda205
	.word 0x843a00ab
	.word 0x41cf553c
	.word 0xc6789188
	.word 0x5d768e2c
	.word 0x1ada46d5
	.word 0x12193575
	.word 0xa2466aee
	.word 0x8c683103
	.word 0xc34a90c7
	.word 0xbb1535ae
	.word 0xa9bf94be
	.word 0x3e275c6a
	.word 0x60e4a15f
	.word 0x6d285c38
	.word 0xb342828f
	.word 0x817173c6
	.word 0x4e356c02
	.word 0x951ee6d8
	.word 0x717d857a
	.word 0xfb8617f3
	.word 0x167502af
	.word 0x72378e5f
	.word 0xfc79db81
	.word 0x263a98a5
	.word 0xd0ee4472
	.word 0x14610002
	.word 0xb84a1c72
	.word 0x83401390
	.word 0xa7783229
	.word 0x86951457
	.word 0xa7e32d58
	.word 0x8b41c3fc
	.word 0xd4fd5603
	.word 0xb99c2abd
	.word 0xa5b90fd8
	.word 0xc0bf2d9
	.word 0x384d95d1
	.word 0xd409e5ea
	.word 0xfe2ee7b0
	.word 0x79c62d5c
	.word 0x31d39e2a
	.word 0xc91b01
	.word 0x568c7075
	.word 0xc8d53ab4
	.word 0x9ff223d5
	.word 0xaa952c31
	.word 0xed727cb8
	.word 0xfe40948a
	.word 0x76e5fea2
	.word 0xef0a9d7a
	.word 0x2815e628
	.word 0xec52440
	.word 0xe3e35da6
	.word 0x82ace82d
	.word 0xea81b8d9
	.word 0x6ec43494
	.word 0xe28ed75f
	.word 0x34c046cd
	.word 0xbf26e0e1
	.word 0x464defc
	.word 0x68d93501
	.word 0x815f759d
	.word 0x9270af0b
	.word 0x75a014a3
	.word 0x91bda819
	.word 0xb36dd286
	.word 0x2e9fd518
	.word 0x53ab5fc6
	.word 0x3223fe0f
	.word 0xf1a5273e
	.word 0xfd1b7e7f
	.word 0xc84e35b5
	.word 0xd1eacbe9
	.word 0x9a625be2
	.word 0xf2d01ecd
	.word 0xd0310f69
	.word 0xca56a767
	.word 0xc9f34f7a
	.word 0xa397b1f4
	.word 0xe08a7f20
	.word 0x42ab3a77
	.word 0x995cd825
	.word 0x49575829
	.word 0xe8170900
	.word 0x2fd6befb
	.word 0xf93dfd1f
	.word 0x9559f450
	.word 0xd1a79699
	.word 0x4de04343
	.word 0xf4883167
	.word 0xa631ae95
	.word 0xef8babe4
	.word 0xc41bb57f
	.word 0xe4358885
	.word 0xf18540f7
	.word 0x6aea0b7a
	.word 0x5b2e89b8
	.word 0xc9205a34
	.word 0x8eb1dbe7
	.word 0xc614121
	.word 0xaceb1363
	.word 0x1e659020
	.word 0x20590410
	.word 0x1bbb8bdd
	.word 0x32c3c91d
	.word 0x37e9d14d
	.word 0xb5ce820d
	.word 0xd46d098a
	.word 0xded217a4
	.word 0x18fdef57
	.word 0x7fce65c
	.word 0xfdd25327
	.word 0x416bf77c
	.word 0xcf097f7e
	.word 0xfc3f2ead
	.word 0x24bac958
	.word 0xcfaf0590
	.word 0xccbf51de
	.word 0xf614d11c
	.word 0xeadb87e7
	.word 0xdec27474
	.word 0x99db3612
	.word 0x1c383a5e
	.word 0x750d0b07
	.word 0x59dda711
	.word 0x4ac1c04e
	.word 0x2bcf1c6a
	.word 0xc005312b
	.word 0xa22c255b
	.word 0xf66d9518
	.word 0xdd18589f
	.word 0x1771a0da
	.word 0x4e34dc8f
	.word 0x610f9dfd
	.word 0xc4bee005
	.word 0xf77c71a
	.word 0x50b66d0
	.word 0x53fb1538
	.word 0x1addbf56
	.word 0xbd2106d
	.word 0x722d04c2
	.word 0x84109e98
	.word 0x6fb97a59
	.word 0x5ebd3e20
	.word 0xd651111c
	.word 0x7a2f8f85
	.word 0xf032272a
	.word 0x2e309561
	.word 0xaf09cecf
	.word 0x4cdcd147
	.word 0x87f1d9d
	.word 0x9255c71b
	.word 0x7c60fa40
	.word 0x631b154
	.word 0x337e0279
	.word 0x951a27c1
	.word 0xedaf8930
	.word 0x8db969f4
	.word 0xb0708f57
	.word 0x92ddccda
	.word 0x4395b659
	.word 0x5e837236
	.word 0x2870e0d4
	.word 0xb92526c1
	.word 0xa25c0fdf
	.word 0x57583f8c
	.word 0x459b6cd8
	.word 0x280f63d8
	.word 0x4af43da2
	.word 0x65437b42
	.word 0x4f4cf4b7
	.word 0xea95f71a
	.word 0xdaa53901
	.word 0xcd21dfa3
	.word 0x2c6d5de9
	.word 0x7dd7fe21
	.word 0xc0607a28
	.word 0x2b86aafa
	.word 0x25eb2756
	.word 0x61393d16
	.word 0x95e0153b
	.word 0x7fa0ed98
	.word 0x20684eb1
	.word 0x1e7137ae
	.word 0x2819966c
	.word 0x40577bc6
	.word 0x4ad26671
	.word 0xc594ea9f
	.word 0x4023f97c
	.word 0xde80b9ba
	.word 0xff443141
	.word 0x54e99317
	.word 0xb7e34a12
	.word 0xa8dcd02
	.word 0xd6974614
	.word 0xf4eefefe
	.word 0x4d1447a6
	.word 0x79fc4f96
	.word 0xf1d005b1
	.word 0xddadfd42
	.word 0x22b40440
	.word 0xe5b6fe9e
	.word 0x76c1562c
	.word 0xdc9bfdee
	.word 0xc7ebe3dd
	.word 0xc993dcb5
	.word 0xf2a19357
	.word 0xd9a97572
	.word 0x17ee90d1
	.word 0x7b6e974b
	.word 0x9973d288
	.word 0x8776c039
	.word 0xb1483fa1
	.word 0x6134db1f
	.word 0xb0bf80b4
	.word 0x558d3ce0
	.word 0xb039f8e8
	.word 0x6bb3503a
	.word 0x37360ce0
	.word 0x23e48115
	.word 0xcb096636
	.word 0x1e356ff1
	.word 0xcaa9d494
	.word 0xf75ebda9
	.word 0x3d9a365c
	.word 0x1160f574
	.word 0xf60020f3
	.word 0xb1d9067c
	.word 0xb3cf1017
	.word 0x6876c6d1
	.word 0xa53b6e67
	.word 0xd60aa99c
	.word 0xe4146800
	.word 0x4b9fcdca
	.word 0xf6fc4ff9
	.word 0x9f695f78
	.word 0x2446a25b
	.word 0xf1baf1fd
	.word 0x5f25c1df
	.word 0x4d41850
	.word 0x7c152c5f
	.word 0xea4ab290
	.word 0x3f057f1c
	.word 0x8c305a8f
	.word 0x6b5ededf
	.word 0xa029b53d
	.word 0x4745913a
	.word 0x5937daeb
	.word 0xef37901e
	.word 0xbbbf8e04
	.word 0x59a4c5b
	.word 0xce304033
	.word 0xfe2628
	.word 0x4353c295
	.word 0x5b2e9db5
	.word 0x9b9746d9
	.word 0x1ac7b09f
	.word 0x7650f855
	.word 0x4217f3f8
	.word 0x317d144c
	.word 0xed6f6b76
	.word 0x34c5b6
	.word 0x88cb7717
	.word 0x23156463
	.word 0x7cb1364f
	.word 0x15679513
	.word 0x1f7558d1
	.word 0x398b7e26
	.word 0x9fbd3521
	.word 0x1a383c0d
	.word 0xaa8bc8f1
	.word 0xa125a65b
	.word 0xa837592c
	.word 0x214dec05
	.word 0x56d4e03
	.word 0x390272f5
	.word 0x9cc1c23b
	.word 0x3458ff78
	.word 0x5d4abec3
	.word 0x58c9aaca
	.word 0xdf8b5c42
	.word 0x346b8e23
	.word 0xf0565274
	.word 0x79012078
	.word 0xfccfd11f
	.word 0xdb6a7f49
	.word 0x4e1b408
	.word 0x7e750a38
	.word 0x397ed181
	.word 0x8a9e84e6
	.word 0x1a4f5507
	.word 0xed166370
	.word 0xe760a4c
	.word 0x28c257b3
	.word 0x24b4d389
	.word 0x6670318b
	.word 0x686d54cb
	.word 0x9c7ee391
	.word 0x41909177
	.word 0x24754da8
	.word 0x35c16248
	.word 0x2885bf0c
	.word 0x73ea677e
	.word 0xdfb2a77c
	.word 0xe0f13892
	.word 0x3b807703
	.word 0x9961bbd3
	.word 0x6d6a171e
	.word 0xdeb1db9a
	.word 0x5d9fc61b
	.word 0xec26215
	.word 0x129c89f5
	.word 0xf7ef6ca4
	.word 0x5507d2b9
	.word 0x45440731
	.word 0x71eaf9e0
	.word 0xf40b3feb
	.word 0xed34d410
	.word 0x816b16ab
	.word 0x947ee9f4
	.word 0x6149e7d4
	.word 0xebda68ad
	.word 0x7f3ce28a
	.word 0x8ed7b4bc
	.word 0x70411b1c
	.word 0x3774e32d
	.word 0xc933c205
	.word 0x9f146d3c
	.word 0x44cf68c5
	.word 0x932419ee
	.word 0x1323eda2
	.word 0xbc64c7c9
	.word 0xb7234567
	.word 0x2e769ea0
	.word 0x49feee51
	.word 0x12a40d2b
	.word 0xf325b1cb
	.word 0xe6829be5
	.word 0xa32425a
	.word 0xd5d4fa6
	.word 0x319263b2
	.word 0xc167b540
	.word 0xce3a7a47
	.word 0xaf29853e
	.word 0x6e4f55d9
	.word 0x1a72c3c3
	.word 0x35ada06
	.word 0x5b5cf76b
	.word 0x738f43d3
	.word 0xe558ab09
	.word 0xf70791b5
	.word 0xa317568d
	.word 0x711c9fae
	.word 0xbfccf59a
	.word 0xe8b0185
	.word 0xb9c94dd8
	.word 0x9e32b9c1
	.word 0xe85555c4
	.word 0x1f5362f2
	.word 0x12ae75f4
	.word 0x5e03e47c
	.word 0x7302d27a
	.word 0xfd5d5c
	.word 0xc1879617
	.word 0x5be89915
	.word 0x5189b370
	.word 0x9b1790e3
	.word 0x487348a6
	.word 0xd949ab5
	.word 0x468ccf54
	.word 0x33a23c07
	.word 0xf07e24d6
	.word 0xa87b2a24
	.word 0x6ac65bdb
	.word 0x96100ba5
	.word 0x7bf8e2f7
	.word 0x936015a4
	.word 0xab4f748e
	.word 0xfe0c5a41
	.word 0xddcc5c83
	.word 0x9ddee20d
	.word 0x72733a82
	.word 0xb14d7273
	.word 0xff60a3b2
	.word 0x89c45119
	.word 0x7f096daa
	.word 0x53c9a74
	.word 0x583878ed
	.word 0xb39b9c9f
	.word 0xc10b8ffb
	.word 0xae6247a1
	.word 0x345489aa
	.word 0x952f85a
	.word 0x9d6bfdb6
	.word 0xb974d7d8
	.word 0x527705ff
	.word 0xebdf2ffb
	.word 0xca29558b
	.word 0xf390fd27
	.word 0x6ab90c9d
	.word 0x2e7ba808
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
